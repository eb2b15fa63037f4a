/// What the parser's features read of each position of a sentence: the
/// hashes of its lower-cased form and of its lemma, and its tag, with
/// reserved values for the root (position 0) and for the missing word (one
/// past the last). Kept in a ``DependencyParser/Workspace`` and refilled for
/// each sentence without allocating.
package struct ParserTokens: Sendable {
  /// Each position's lower-cased form hash.
  package private(set) var forms: [UInt64] = []
  /// Each position's lemma hash.
  package private(set) var lemmas: [UInt64] = []
  /// Each position's suffix hash: its last ``suffixLength`` bytes lower-cased
  /// (inflection the UPOS tags do not show: `-ed`, `-ing`, `-s`).
  package private(set) var suffixes: [UInt64] = []
  /// Each position's tag number (``UniversalPartOfSpeech/number``, or
  /// ``rootTag`` or ``missingTag``).
  package private(set) var tags: [UInt64] = []

  /// The tag number of the root.
  package static let rootTag = UInt64(UniversalPartOfSpeech.allCases.count)
  /// The tag number of the missing word.
  package static let missingTag = rootTag + 1
  /// The form and lemma hash of the root.
  private static let rootHash: UInt64 = 0x524f_4f54
  /// The form and lemma hash of the missing word.
  private static let missingHash: UInt64 = 0x4e4f_4e45
  /// The hash template of forms.
  private static let formTemplate: UInt8 = 1
  /// The hash template of suffixes.
  private static let suffixTemplate: UInt8 = 3
  /// The bytes of a suffix.
  private static let suffixLength = 3
  /// The hash template of lemmas.
  private static let lemmaTemplate: UInt8 = 2

  /// An empty table.
  package init() {}

  /// Fills the table for a sentence of `tokens` with `tags` and `lemmas`.
  package mutating func load(_ tokens: TokenSequence, tags: [UniversalPartOfSpeech], lemmas: [String]) {
    forms.removeAll(keepingCapacity: true)
    suffixes.removeAll(keepingCapacity: true)
    suffixes.append(Self.rootHash)
    self.lemmas.removeAll(keepingCapacity: true)
    self.tags.removeAll(keepingCapacity: true)
    forms.append(Self.rootHash)
    self.lemmas.append(Self.rootHash)
    self.tags.append(Self.rootTag)
    tokens.bytes.withUnsafeBufferPointer { bytes in
      for range in tokens.tokens {
        var hash = FeatureHash(template: Self.formTemplate)
        hash.add(bytes, range, fold: true)
        forms.append(hash.value)
        var suffix = FeatureHash(template: Self.suffixTemplate)
        suffix.add(bytes, max(range.lowerBound, range.upperBound - Self.suffixLength)..<range.upperBound, fold: true)
        suffixes.append(suffix.value)
      }
    }
    for lemma in lemmas { self.lemmas.append(Self.hash(lemma)) }
    for tag in tags { self.tags.append(UInt64(tag.number)) }
    forms.append(Self.missingHash)
    suffixes.append(Self.missingHash)
    self.lemmas.append(Self.missingHash)
    self.tags.append(Self.missingTag)
  }

  /// The hash of a lemma's UTF-8 bytes, read in place.
  private static func hash(_ lemma: String) -> UInt64 {
    var hash = FeatureHash(template: lemmaTemplate)
    let done: Void? = lemma.utf8.withContiguousStorageIfAvailable { bytes in
      hash.add(bytes, 0..<bytes.count, fold: false)
    }
    if done == nil {
      for byte in lemma.utf8 { hash.add(byte) }
      hash.add(UInt8(0xFF))
    }
    return hash.value
  }
}
