import GlossCore

/// English lemmas from a word and its part of speech (UPOS), the way UD
/// English EWT writes them: `was`/AUX → `be`, `geese`/NOUN → `goose`,
/// `n't`/PART → `not`, `Americans`/PROPN → `American`, `Bush`/PROPN →
/// `Bush`.
///
/// A word's lemma is looked for, in this order:
///
/// 1. in the treebank's conventions (``LemmaData``): the word as written
///    with its tag, then the word in any case with its tag — what EWT's
///    training split says where the rules below would say otherwise;
/// 2. by tag: a proper noun keeps its form (a plural one whose singular is
///    a WordNet noun loses its `s`); punctuation, symbols and `X` keep
///    theirs; a numeral loses its thousands separators; closed-class words
///    are lower-cased;
/// 3. for nouns, verbs (and auxiliaries), adjectives and adverbs, in lower
///    case (a capitalized adjective keeps its form, as EWT's do): WordNet's
///    exception list of the part of speech, then WordNet's detachment rules
///    (`morphy`) whose result is a WordNet lemma of that part of speech,
///    then the word itself if it is one, and otherwise the rules of regular
///    English inflection (``RegularInflection``).
///
/// ``lemmas(of:tags:)`` also applies the few conventions that depend on the
/// next word (`her` before a noun is a possessive, `'s` before `been` is
/// `have`). Lemmatizing reads each word's UTF-8 bytes in place: the only
/// string built is the lemma, and only when it is not the word itself or a
/// stored lemma.
public struct Lemmatizer: Sendable {
  /// What the lemmatizer knows.
  public let data: LemmaData

  /// A lemmatizer with `data`.
  public init(data: LemmaData) {
    self.data = data
  }

  /// A lemmatizer with the lemma data file at `path`, such as
  /// `Models/lemmas-en.glosslemmas`.
  public init(contentsOfFile path: String) throws(ModelFileError) {
    self.init(data: try LemmaData(contentsOfFile: path))
  }

  /// The lemma of `form`, a word tagged `tag`, on its own (without the
  /// conventions that look at the next word: see ``lemmas(of:tags:)``).
  public func lemma(of form: String, tag: UniversalPartOfSpeech) -> String {
    var contiguous = form
    return contiguous.withUTF8 { lemma($0, tag: tag, form: form) }
  }

  /// The lemma of the word whose UTF-8 bytes are `bytes` (the same as
  /// `form`'s).
  package func lemma(_ bytes: UnsafeBufferPointer<UInt8>, tag: UniversalPartOfSpeech, form: String) -> String {
    let whole = 0..<bytes.count
    if let lemma = data.conventions.lemma(in: LemmaData.exactNamespace(tag), bytes, whole, folding: false)
      ?? data.conventions.lemma(in: LemmaData.foldedNamespace(tag), bytes, whole, folding: true)
    {
      return lemma
    }
    return ruleLemma(bytes, tag: tag, form: form)
  }

  /// The lemma the rules give, without the treebank's conventions (steps 2
  /// and 3 above): what the conventions are learned against.
  package func ruleLemma(of form: String, tag: UniversalPartOfSpeech) -> String {
    var contiguous = form
    return contiguous.withUTF8 { ruleLemma($0, tag: tag, form: form) }
  }

  private func ruleLemma(_ bytes: UnsafeBufferPointer<UInt8>, tag: UniversalPartOfSpeech, form: String) -> String {
    switch tag {
    case .properNoun: return properNounLemma(bytes) ?? form
    case .punctuation, .symbol, .other: return form
    case .numeral: return Self.numeralLemma(bytes, form: form)
    default: break
    }
    guard let partOfSpeech = tag.wordNetPartOfSpeech else { return Self.lowercased(bytes, form: form) }
    if tag == .adjective && Self.isCapitalized(bytes) { return form }
    let acronym = bytes.count > 1 && !bytes.contains(where: ASCIIByte.isLowercase)
    if bytes.contains(where: ASCIIByte.isNonASCII) {
      var lowered = form.lowercased()
      return lowered.withUTF8 { wordLemma($0, partOfSpeech, acronym: acronym) }
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
      for (index, byte) in bytes.enumerated() { buffer[index] = ASCIIByte.lowercased(byte) }
      return wordLemma(UnsafeBufferPointer(buffer), partOfSpeech, acronym: acronym)
    }
  }

  // MARK: - Proper nouns and numerals

  /// The shortest plural proper noun whose `s` is taken off, in bytes.
  private static let minimumPluralProperNounLength = 4

  /// The singular of a capitalized plural proper noun whose singular is a
  /// WordNet noun and whose own form is not (`States` → `State`,
  /// `Diaries` → `Diary`, but `News`, `Paris`, `Jones` stay): EWT gives
  /// such plurals their singular as lemma.
  private func properNounLemma(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let whole = 0..<bytes.count
    guard bytes.count >= Self.minimumPluralProperNounLength, ASCIIByte.isUppercase(bytes[0]),
      !bytes.contains(where: ASCIIByte.isNonASCII), ASCIIByte.lowercased(bytes[bytes.count - 1]) == UInt8(ascii: "s")
    else { return nil }
    let beforeS = ASCIIByte.lowercased(bytes[bytes.count - 2])
    guard beforeS != UInt8(ascii: "s") && beforeS != UInt8(ascii: "u") && beforeS != UInt8(ascii: "i"),
      !data.wordNetLemmas.isLemma(bytes, stem: whole, replacement: [], of: .noun)
    else { return nil }
    let capitals = !bytes.contains(where: ASCIIByte.isLowercase)
    for rule in Self.detachmentRules(.noun) where rule.ending.last == UInt8(ascii: "s") {
      guard let stem = EnglishLexicon.stem(bytes, whole, detaching: rule.ending),
        data.wordNetLemmas.isLemma(bytes, stem: stem, replacement: rule.replacement, of: .noun)
      else { continue }
      return Self.string(
        bytes, stem, appending: capitals ? rule.replacement.map(ASCIIByte.uppercased) : rule.replacement)
    }
    return nil
  }

  /// A numeral's lemma: digits lose the commas that group them in threes
  /// (`200,000` → `200000`), spelled numbers are lower-cased (`Two` →
  /// `two`) unless written in capitals (Roman numerals: `VII`).
  private static func numeralLemma(_ bytes: UnsafeBufferPointer<UInt8>, form: String) -> String {
    guard bytes.contains(where: ASCIIByte.isDigit) else {
      return bytes.contains(where: ASCIIByte.isLowercase) ? lowercased(bytes, form: form) : form
    }
    let comma = UInt8(ascii: ",")
    let groupLength = 3
    func separates(_ index: Int) -> Bool {
      let groupEnd = index + 1 + groupLength
      guard bytes[index] == comma, index > 0, groupEnd <= bytes.count, ASCIIByte.isDigit(bytes[index - 1]),
        (index + 1..<groupEnd).allSatisfy({ ASCIIByte.isDigit(bytes[$0]) })
      else { return false }
      return groupEnd == bytes.count || !ASCIIByte.isDigit(bytes[groupEnd])
    }
    guard bytes.indices.contains(where: separates) else { return form }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
      var count = 0
      for index in bytes.indices where !separates(index) {
        buffer[count] = bytes[index]
        count += 1
      }
      return count
    }
  }

  // MARK: - Bytes and strings

  /// Whether the word starts with an ASCII capital and has a lower-case
  /// letter too (`Iraqi`, not `IRAQI` nor `iraqi`).
  private static func isCapitalized(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, ASCIIByte.isUppercase(first) else { return false }
    return bytes.contains(where: ASCIIByte.isLowercase)
  }

  /// `form` in lower case; `form` itself when it has no capital.
  private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, form: String) -> String {
    if bytes.contains(where: ASCIIByte.isNonASCII) { return form.lowercased() }
    guard bytes.contains(where: ASCIIByte.isUppercase) else { return form }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
      for (index, byte) in bytes.enumerated() { buffer[index] = ASCIIByte.lowercased(byte) }
      return bytes.count
    }
  }

  /// The string of `bytes[range]` followed by `ending`.
  @inline(__always)
  package static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, appending ending: [UInt8] = [])
    -> String
  {
    String(unsafeUninitializedCapacity: range.count + ending.count) { buffer in
      var count = 0
      for index in range {
        buffer[count] = bytes[index]
        count += 1
      }
      for byte in ending {
        buffer[count] = byte
        count += 1
      }
      return count
    }
  }
}
