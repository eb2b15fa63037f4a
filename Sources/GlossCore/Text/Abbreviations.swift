/// Word lists the tokenizer consults, keyed without allocating.
///
/// A word of at most eight ASCII scalars is packed, lowercased, into a
/// `UInt64` (``key(_:_:)``), so a lookup hashes one integer (in a
/// ``KeyTable``) and never builds a `String`. Longer or non-ASCII words are in none of the lists.
enum Abbreviations {
  /// What a known abbreviation does at the end of a sentence.
  enum Kind: UInt8, Sendable {
    /// A title before a name (`Dr.`, `Mr.`): never ends a sentence.
    case title
    /// An abbreviation that may end a sentence (`etc.`, `Inc.`, `Jan.`).
    case general
    /// An abbreviation only before a number (`No. 5`, `p. 12`); elsewhere
    /// the word and its period are split (`I said no.`).
    case beforeNumber
    /// An abbreviation only when capitalized (`Wed.`, `Sat.`, `Sun.`,
    /// `Mar.`); lowercase it is a word (`sat.`).
    case capitalized
  }

  /// Packs the lowercased ASCII scalars `scalars[range]` into an integer, or
  /// returns `nil` if the range is empty, longer than eight scalars or not
  /// ASCII.
  @inline(__always)
  static func key(_ scalars: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> UInt64? {
    guard !range.isEmpty, range.count <= 8 else { return nil }
    var key: UInt64 = 0
    for index in range {
      let scalar = scalars[index]
      guard scalar < 0x80 else { return nil }
      key = key << 8 | UInt64(Scalars.lowercasedASCII(scalar))
    }
    return key
  }

  /// The key of a lowercase ASCII string (for building the tables).
  static func key(_ word: String) -> UInt64 {
    precondition(word.utf8.count <= 8, "keys hold at most eight bytes")
    return word.utf8.reduce(0) { $0 << 8 | UInt64($1) }
  }

  /// The kind of the abbreviation spelled by `key` (without its final
  /// period), or `nil` if it is not a known abbreviation.
  @inline(__always)
  static func kind(of key: UInt64) -> Kind? { table.value(key).flatMap(Kind.init(rawValue:)) }

  /// Whether `key` is a word that commonly starts a sentence when
  /// capitalized (`The`, `He`, `But`): after an abbreviation such as `etc.`
  /// or `U.S.`, such a word signals a new sentence.
  @inline(__always)
  static func isSentenceStarter(_ key: UInt64) -> Bool { sentenceStarters.contains(key) }

  /// Whether `key` is a unit or time of day written after a number
  /// (`pm`, `k`, `ft`, `kg`).
  @inline(__always)
  static func isUnit(_ key: UInt64) -> Bool { units.contains(key) }

  /// Whether `key` is the three-letter abbreviation of a month (`feb`).
  @inline(__always)
  static func isMonth(_ key: UInt64) -> Bool { months.contains(key) }

  /// Whether `key` is a word prefix that keeps its hyphen in Universal
  /// Dependencies tokenization (`non-`, `e-`, `co-`, `re-`).
  @inline(__always)
  static func isHyphenPrefix(_ key: UInt64) -> Bool { hyphenPrefixes.contains(key) }

  /// Whether `key` is a common file extension (`doc`, `xls`, `pdf`).
  @inline(__always)
  static func isFileExtension(_ key: UInt64) -> Bool { fileExtensions.contains(key) }

  /// Whether `key` is a common top-level domain (`com`, `org`, `uk`), for
  /// host names written without `http://` or `www.` (`example.com/page`).
  @inline(__always)
  static func isTopLevelDomain(_ key: UInt64) -> Bool { topLevelDomains.contains(key) }

  /// The contractions without an apostrophe that UD splits in two, with the
  /// length of the first part: `cannot` → `can` `not`, `gonna` → `gon` `na`.
  @inline(__always)
  static func fusedSplit(_ key: UInt64) -> Int? { fused.value(key).map(Int.init) }

  private static let table: KeyTable = {
    var table: [(UInt64, UInt8)] = []
    let titles = [
      "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "rev", "hon", "gen", "gov", "sen",
      "rep", "reps", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "pres", "supt", "insp", "gov",
      "brig", "cpl", "drs", "pvt", "fr", "sra", "srta", "mt", "ft",
      // These lead into what follows rather than end a sentence.
      "p.s", "ps", "i.e", "e.g", "eg",
    ]
    let general = [
      "etc", "inc", "ltd", "co", "corp", "bros", "dept", "univ", "assn", "vs", "approx", "est", "cf",
      "al", "jr", "sr", "st", "ave", "blvd", "rd", "hwy", "jan", "feb", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "tue", "tues", "thu", "thur", "thurs", "fri", "govt",
      "intl", "natl", "div", "mfg", "esp", "misc", "viz", "ibid", "dist", "wk", "yr", "yrs", "hrs",
      "mins", "sq", "mi", "oz", "lb", "lbs", "pt", "pts", "tel", "ext", "dept", "arr", "arrv", "dep",
      "attn", "ref", "encl", "cont", "pls", "mgr", "mgmt", "asst", "assoc", "acct", "admin", "sts",
      "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
      "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
      "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
    ]
    let beforeNumber = [
      "no", "nos", "vol", "vols", "p", "pp", "fig", "figs", "ch", "sec", "art", "op", "nr", "para", "ph",
      "mob", "fax",
    ]
    let capitalized = ["wed", "sat", "sun", "mar", "mon"]
    // Later entries win: a title is a title even if listed elsewhere.
    for word in general { table.append((key(word), Kind.general.rawValue)) }
    for word in capitalized { table.append((key(word), Kind.capitalized.rawValue)) }
    for word in beforeNumber { table.append((key(word), Kind.beforeNumber.rawValue)) }
    for word in titles { table.append((key(word), Kind.title.rawValue)) }
    return KeyTable(table)
  }()

  private static let sentenceStarters = KeyTable(
    [
      "the", "a", "an", "i", "he", "she", "it", "we", "they", "you", "this", "that", "these", "those",
      "there", "but", "and", "or", "so", "if", "in", "on", "at", "for", "as", "my", "our", "his", "her",
      "its", "their", "what", "when", "where", "why", "how", "who", "which", "after", "before",
      "however", "also", "then", "now", "some", "many", "most", "all", "both", "while", "although",
      "though", "yet", "since", "because", "with", "by", "from", "to", "please", "thanks", "thank",
      "let", "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "can", "could",
      "will", "would", "should", "here", "today", "during", "each", "every", "one", "not", "no",
      "its", "your", "hi", "hello", "dear", "ok", "okay", "yes", "well", "just", "even", "only",
      "other", "another", "such", "more", "any", "until", "unless", "once", "over",
      "still", "instead", "indeed", "overall", "further", "besides", "moreover", "also",
    ].map(key))

  private static let hyphenPrefixes = KeyTable(
    [
      "e", "non", "pre", "post", "anti", "co", "re", "mid", "pro", "ex", "multi", "semi", "over",
      "counter", "mis", "cross", "un", "sub", "inter", "intra", "ultra", "super", "de", "bi",
      "tri", "neo", "pseudo", "quasi", "micro", "macro", "mega", "mini", "hyper", "extra", "trans",
      "under", "auto", "socio", "psycho", "geo", "eco", "cyber", "meta", "uni",
    ].map(key))

  private static let months = KeyTable(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map(key))

  private static let units = KeyTable(
    [
      "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "k", "m", "b", "t", "bn", "ft", "f", "km", "kg", "mm",
      "cm", "gb", "mb", "kb", "tb", "lb", "lbs", "oz", "hr", "hrs", "min", "mins", "mph", "kph", "yrs",
      "sec", "secs", "mg", "ml", "kw", "mw", "hz", "ghz", "mhz", "hh", "x", "p", "mmbtu",
    ].map(key))

  private static let fileExtensions = KeyTable(
    [
      "doc", "docx", "xls", "xlsx", "ppt", "pptx", "pdf", "txt", "rtf", "wpd", "csv", "xml", "zip",
      "exe", "jpg", "jpeg", "gif", "png", "tif", "tiff", "bmp", "mp3", "wav", "avi", "mov", "mpg",
      // and the commonest top-level domains, for host names: Get-A-Free-House.com
      "com", "org", "net", "edu", "gov",
    ].map(key))

  private static let topLevelDomains = KeyTable(
    ["com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "uk", "ca", "au", "de", "us", "in"].map(key))

  private static let fused = KeyTable([
    (key("cannot"), 3), (key("gonna"), 3), (key("wanna"), 3), (key("gotta"), 3), (key("gimme"), 3),
    (key("lemme"), 3), (key("alot"), 1),
    (key("atleast"), 2), (key("infact"), 2), (key("afterall"), 5),
  ])
}
