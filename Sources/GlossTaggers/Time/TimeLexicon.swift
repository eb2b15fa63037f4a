/// The words the time grammar knows, looked up straight from a token's
/// UTF-8 bytes without making a string.
///
/// A word of up to 16 ASCII bytes is folded to lowercase (periods dropped,
/// so `Dec.`, `p.m.` and `a.m` find `dec`, `pm`, `am`) and packed into two
/// 64-bit integers, which index an open-addressing table built once.
package enum TimeLexicon {
  /// The packed form of a word.
  package struct Key: Hashable, Sendable {
    var low: UInt64
    var high: UInt64
  }

  /// The longest word the table holds, in bytes.
  package static let maximumLength = 16

  /// Looks up the bytes `bytes[range]`; `.unknown` for words it does not know.
  @inline(__always)
  package static func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> TimeWord {
    guard let key = pack(bytes, range) else { return .unknown }
    return table.lookup(key)
  }

  /// Packs a word, or `nil` when it is too long or holds other than letters,
  /// periods and apostrophes.
  @inline(__always)
  package static func pack(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Key? {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var count = 0
    for index in range {
      var byte = bytes[index]
      if byte == UInt8(ascii: ".") { continue }
      if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
        byte |= 0x20
      } else if !(byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) && byte != UInt8(ascii: "'") {
        return nil
      }
      guard count < maximumLength else { return nil }
      if count < 8 {
        low |= UInt64(byte) << (UInt64(count) * 8)
      } else {
        high |= UInt64(byte) << (UInt64(count - 8) * 8)
      }
      count += 1
    }
    return count == 0 ? nil : Key(low: low, high: high)
  }

  /// Packs a string the same way (for building the table and for tests).
  package static func pack(_ word: String) -> Key? {
    let bytes = Array(word.utf8)
    return bytes.withUnsafeBufferPointer { pack($0, 0..<bytes.count) }
  }

  /// Looks up a string (for tests).
  package static func lookup(_ word: String) -> TimeWord {
    guard let key = pack(word) else { return .unknown }
    return table.lookup(key)
  }

  /// The open-addressing table.
  struct Table: Sendable {
    var keys: [Key]
    var words: [TimeWord]
    let mask: Int

    init(_ entries: [(String, TimeWord)]) {
      let capacity = 2048
      mask = capacity - 1
      keys = Array(repeating: Key(low: 0, high: 0), count: capacity)
      words = Array(repeating: .unknown, count: capacity)
      for (word, entry) in entries {
        guard let key = TimeLexicon.pack(word) else { preconditionFailure("bad lexicon word \(word)") }
        var slot = Table.hash(key) & mask
        while keys[slot].low != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        words[slot] = entry
      }
    }

    @inline(__always)
    static func hash(_ key: Key) -> Int {
      let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)
      return Int(truncatingIfNeeded: mixed >> 40)
    }

    @inline(__always)
    func lookup(_ key: Key) -> TimeWord {
      var slot = Table.hash(key) & mask
      while true {
        let candidate = keys[slot]
        if candidate == key { return words[slot] }
        if candidate.low == 0 { return .unknown }
        slot = (slot + 1) & mask
      }
    }
  }

  static let table = Table(entries)

  /// Every word and what it is.
  static let entries: [(String, TimeWord)] = {
    var list: [(String, TimeWord)] = []
    func add(_ words: [String], _ word: TimeWord) { for w in words { list.append((w, word)) } }
    let months = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december",
    ]
    for (index, name) in months.enumerated() { add([name], .month(index + 1, abbreviated: false)) }
    let monthAbbreviations: [(String, Int)] = [
      ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
      ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]
    for (name, number) in monthAbbreviations { add([name], .month(number, abbreviated: true)) }
    let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    for (index, name) in weekdays.enumerated() { add([name], .weekday(index + 1, abbreviated: false)) }
    let weekdayAbbreviations: [(String, Int)] = [
      ("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4), ("fri", 5),
      ("sat", 6), ("sun", 7),
    ]
    for (name, number) in weekdayAbbreviations { add([name], .weekday(number, abbreviated: true)) }
    let cardinals = [
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    for (index, name) in cardinals.enumerated() { add([name], .cardinal(index + 1)) }
    let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    for (index, name) in tens.enumerated() { add([name], .cardinal((index + 2) * 10)) }
    add(["dozen"], .cardinal(12))
    add(["hundred"], .cardinal(100))
    let ordinals = [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
      "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
      "nineteenth", "twentieth",
    ]
    for (index, name) in ordinals.enumerated() { add([name], .ordinal(index + 1)) }
    add(["thirtieth"], .ordinal(30))
    let units: [([String], TimeUnit)] = [
      (["second", "sec", "secs"], .second), (["minute", "min", "mins"], .minute), (["hour", "hr", "hrs"], .hour),
      (["day"], .day), (["week", "wk"], .week), (["month", "mo"], .month), (["year", "yr"], .year),
      (["decade"], .decade), (["century"], .century),
    ]
    for (names, unit) in units {
      for name in names where name != "second" && name != "mo" {
        add([name], .unit(unit, plural: false))
      }
    }
    // "second" is an ordinal first; the grammar reads it as a unit after a number.
    let plurals: [(String, TimeUnit)] = [
      ("seconds", .second), ("minutes", .minute), ("hours", .hour), ("days", .day), ("weeks", .week),
      ("months", .month), ("years", .year), ("yrs", .year), ("decades", .decade), ("centuries", .century),
    ]
    for (name, unit) in plurals { add([name], .unit(unit, plural: true)) }
    add(["now", "currently", "nowadays", "presently"], .vague(.now))
    add(["recently", "lately"], .vague(.recently))
    add(["future"], .vague(.future))
    add(["present"], .vague(.present))
    add(["yesterday"], .dayReference(.yesterday))
    add(["today"], .dayReference(.today))
    add(["tomorrow"], .dayReference(.tomorrow))
    add(["tonight"], .dayReference(.tonight))
    add(["last", "previous"], .relative(.last))
    add(["next", "coming", "following"], .relative(.next))
    add(["this", "current"], .relative(.this))
    add(["past"], .relative(.past))
    add(["earlier"], .relative(.earlier))
    add(["later"], .relative(.later))
    add(["ago"], .ago)
    add(["several", "few", "many", "multiple"], .indefinite(meansAboutBeforeNumber: false))
    add(["some"], .indefinite(meansAboutBeforeNumber: true))
    add(["over"], .modifier(.moreThan))
    add(["nearly", "almost", "under"], .modifier(.lessThan))
    add(["about", "around", "approximately", "roughly", "circa", "approx", "ca"], .modifier(.approx))
    add(["early"], .edge(.start, needsOf: false))
    add(["beginning", "start"], .edge(.start, needsOf: true))
    add(["mid"], .edge(.mid, needsOf: false))
    add(["middle"], .edge(.mid, needsOf: true))
    add(["late"], .edge(.end, needsOf: false))
    add(["end"], .edge(.end, needsOf: true))
    add(["every"], .quantifier(.every))
    add(["each"], .quantifier(.each))
    add(["hourly"], .frequency(.hour))
    add(["daily", "nightly"], .frequency(.day))
    add(["weekly"], .frequency(.week))
    add(["monthly"], .frequency(.month))
    add(["yearly", "annually", "annual"], .frequency(.year))
    add(["once"], .multiplier(1))
    add(["twice"], .multiplier(2))
    add(["thrice"], .multiplier(3))
    add(["times"], .times)
    add(["spring"], .season(.spring))
    add(["summer"], .season(.summer))
    add(["autumn", "fall"], .season(.autumn))
    add(["winter"], .season(.winter))
    add(["morning"], .partOfDay(.morning))
    add(["afternoon"], .partOfDay(.afternoon))
    add(["evening"], .partOfDay(.evening))
    add(["night"], .partOfDay(.night))
    add(["am"], .meridiem(.am))
    add(["pm"], .meridiem(.pm))
    add(["noon", "midday"], .clockWord(hour: 12))
    add(["midnight"], .clockWord(hour: 0))
    add(["the"], .determiner(.the))
    add(["a", "an"], .determiner(.indefiniteArticle))
    add(["these", "those", "its", "his", "her", "their", "our", "my", "your"], .determiner(.demonstrativeOrPossessive))
    let joiners: [(String, Joiner)] = [
      ("of", .of), ("and", .and), ("than", .than), ("to", .to), ("at", .at), ("least", .least), ("more", .more),
      ("less", .less), ("fewer", .less), ("up", .up), ("just", .just), ("per", .per), ("other", .other),
      ("half", .half), ("couple", .couple), ("recent", .recent), ("o'clock", .oclock), ("close", .close),
      ("longer", .longer), ("most", .most), ("no", .no), ("same", .same), ("in", .in), ("since", .since),
      ("by", .by), ("until", .until), ("till", .until), ("before", .before), ("after", .after),
      ("during", .during), ("between", .between), ("from", .from), ("on", .on), ("will", .will),
      ("'ll", .will), ("shall", .will), ("near", .near), ("through", .to), ("throughout", .during), ("for", .for),
    ]
    for (name, joiner) in joiners { add([name], .joiner(joiner)) }
    // Tense cues: what points forward (modals, plans, and present-tense
    // verbs of scheduled events: `the hearing opens on Tuesday`), and what
    // points back.
    add(
      [
        "would", "going", "scheduled", "expected", "plans", "planned", "planning", "intends", "aims", "upcoming",
        "opens", "begins", "starts", "resumes", "meets", "convenes", "reconvenes", "hosts", "launches", "arrives",
        "departs", "returns", "kicks", "faces", "travels", "debuts", "premieres", "closes", "ends", "runs",
      ], .joiner(.will))
    add(
      [
        "was", "were", "had", "did", "remained", "stayed", "lasted", "continued", "began", "started", "ended",
        "opened", "closed", "met", "held", "took", "came", "went", "returned", "arrived", "left", "said", "told",
        "announced", "reported",
      ], .joiner(.pastTense))
    add(
      ["is", "are", "am", "be", "been", "being", "stays", "stay", "remains", "remain", "gets", "get", "becomes"],
      .joiner(.copula))
    add(["sixties"], .decadeWord(tens: 6))
    add(["seventies"], .decadeWord(tens: 7))
    add(["eighties"], .decadeWord(tens: 8))
    add(["nineties"], .decadeWord(tens: 9))
    add(
      [
        "article", "articles", "art", "section", "sections", "sec", "chapter", "chapters", "ch", "paragraph",
        "para", "page", "pages", "pp", "p", "number", "nos", "room", "flight", "route", "resolution", "rule",
        "model", "version", "vol", "volume", "item", "part", "clause", "figure", "fig", "table", "highway",
        "street", "avenue", "ave", "bus", "line", "code", "unit", "suite", "box", "apt", "bill", "order",
        "decree", "law", "act", "hr", "s", "id", "ref", "case", "docket", "amendment", "windows", "office",
        "exhibit", "appendix", "annex", "protocol", "level", "grade", "size", "channel", "interstate", "i",
        "us", "no's", "step", "option", "phase", "account", "ticket", "invoice", "ext", "tel", "fax",
      ], .yearBlocker)
    add(
      [
        "people", "persons", "men", "women", "children", "officers", "troops", "soldiers", "workers", "members",
        "employees", "students", "residents", "units", "copies", "votes", "cases", "deaths", "dead", "km",
        "kilometers", "kilometres", "miles", "meters", "metres", "feet", "ft", "kg", "kilograms", "tons",
        "tonnes", "pounds", "lbs", "dollars", "euros", "yen", "rubles", "roubles", "won", "barrels", "acres",
        "hectares", "calories", "words", "pieces", "points", "rounds", "shares", "jobs", "homes", "houses",
        "cars", "vehicles", "items", "users", "customers", "visitors", "pages", "others", "times", "percent",
        "per", "mph", "rpm", "watts", "volts", "bytes", "mb", "gb", "kb", "x", "sq",
      ], .countNoun)
    let zones: [(String, Int?)] = [
      ("est", -300), ("edt", -240), ("et", nil), ("cst", -360), ("cdt", -300), ("ct", nil), ("mst", -420),
      ("mdt", -360), ("mt", nil), ("pst", -480), ("pdt", -420), ("pt", nil), ("gmt", 0), ("utc", 0), ("bst", 60),
      ("cet", 60), ("cest", 120), ("eet", 120), ("eest", 180), ("msk", 180), ("ist", 330), ("jst", 540),
      ("kst", 540), ("hkt", 480), ("sgt", 480), ("aest", 600), ("aedt", 660), ("awst", 480), ("nzst", 720),
      ("nzdt", 780), ("brt", -180), ("hst", -600), ("akst", -540), ("akdt", -480),
    ]
    for (name, offset) in zones { add([name], .timeZone(offsetMinutes: offset)) }
    add(["fiscal", "fy"], .fiscal)
    add(["weekend", "weekends"], .weekend)
    add(["quarter"], .quarter)
    // Later entries win for a repeated word ("sec", "hr", "per", "times", "pages"); keep the first.
    var seen: Set<String> = []
    return list.filter { seen.insert($0.0).inserted }
  }()
}
