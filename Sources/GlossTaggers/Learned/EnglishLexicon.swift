import GlossCore

/// What English dictionaries say about words, far more of them than any
/// treebank has: the parts of speech WordNet gives each single-word lemma,
/// and whether a spelling word list has the word in lower case or
/// capitalized (a name). A ``SequenceModel`` trained with one sees, for
/// every word, which of noun, verb, adjective and adverb WordNet knows it
/// (or, through an inflectional ending, its lemma) as, and the word list's
/// verdict.
///
/// Words are kept as 32-bit fingerprints of their lower-cased form, so a
/// model file holds the lexicon in about three bytes a word and tagging
/// needs no string. The word's *signature* (``signature(_:_:)``) combines
/// its own entry with the parts of speech of the lemmas that WordNet's
/// "morphy" detachment rules lead to (`walked` → `walk` + `ed`, a verb).
public struct EnglishLexicon: Sendable, Hashable {
  /// What an entry says, as a bit of a word's mask.
  public enum Property: UInt8, Sendable, CaseIterable {
    /// A WordNet noun lemma.
    case noun = 1
    /// A WordNet verb lemma.
    case verb = 2
    /// A WordNet adjective lemma.
    case adjective = 4
    /// A WordNet adverb lemma.
    case adverb = 8
    /// In the word list in lower case.
    case listedLowerCase = 16
    /// In the word list capitalized (a name or an abbreviation).
    case listedCapitalized = 32
  }

  /// A part of speech of WordNet, one index file each.
  public enum PartOfSpeech: Sendable, CaseIterable {
    /// Nouns (`index.noun`).
    case noun
    /// Verbs (`index.verb`).
    case verb
    /// Adjectives (`index.adj`).
    case adjective
    /// Adverbs (`index.adv`).
    case adverb

    /// The property of a lemma of this part of speech.
    public var property: Property {
      switch self {
      case .noun: .noun
      case .verb: .verb
      case .adjective: .adjective
      case .adverb: .adverb
      }
    }

    /// The name of WordNet's index file of this part of speech.
    public var indexFileName: String {
      switch self {
      case .noun: "index.noun"
      case .verb: "index.verb"
      case .adjective: "index.adj"
      case .adverb: "index.adv"
      }
    }
  }

  /// Property masks (``Property`` bits) by word fingerprint.
  package private(set) var words: [UInt32: UInt8]

  /// An empty lexicon: a model trained with it has no English-lexicon
  /// features.
  public init() {
    words = [:]
  }

  package init(words: [UInt32: UInt8]) {
    self.words = words
  }

  /// The lexicon of WordNet index files (`index.noun` and the like, in the
  /// format of WordNet 3.0's `wndb(5WN)`) and of a word list (one word a
  /// line, such as Debian's `/usr/share/dict/american-english`).
  ///
  /// Every WordNet lemma without a space (`_`) gets its file's part of
  /// speech; license and comment lines, which start with a space, are
  /// skipped. Every word of the list gets ``Property/listedCapitalized``
  /// when it starts with an ASCII capital, else ``Property/listedLowerCase``;
  /// possessives (`'s`) are skipped.
  public init(wordNetIndexFiles: [(PartOfSpeech, [UInt8])], wordList: [UInt8] = []) {
    var words: [UInt32: UInt8] = [:]
    for (partOfSpeech, bytes) in wordNetIndexFiles {
      bytes.withUnsafeBufferPointer { bytes in
        var lineStart = 0
        while lineStart < bytes.count {
          var end = lineStart
          while end < bytes.count && bytes[end] != 0x0A { end += 1 }
          var wordEnd = lineStart
          while wordEnd < end && bytes[wordEnd] != 0x20 { wordEnd += 1 }
          let word = lineStart..<wordEnd
          if !word.isEmpty && !bytes[word].contains(UInt8(ascii: "_")) {
            words[Self.fingerprint(bytes, word), default: 0] |= partOfSpeech.property.rawValue
          }
          lineStart = end + 1
        }
      }
    }
    wordList.withUnsafeBufferPointer { bytes in
      var lineStart = 0
      while lineStart < bytes.count {
        var end = lineStart
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        var wordEnd = end
        if wordEnd > lineStart && bytes[wordEnd - 1] == 0x0D { wordEnd -= 1 }
        let word = lineStart..<wordEnd
        let possessive =
          word.count >= 2 && bytes[wordEnd - 2] == UInt8(ascii: "'") && bytes[wordEnd - 1] == UInt8(ascii: "s")
        if !word.isEmpty && !possessive {
          let first = bytes[lineStart]
          let property: Property = first >= 0x41 && first <= 0x5A ? .listedCapitalized : .listedLowerCase
          words[Self.fingerprint(bytes, word), default: 0] |= property.rawValue
        }
        lineStart = end + 1
      }
    }
    self.words = words
  }

  /// Reads the four index files of a WordNet database directory, such as
  /// `/usr/share/wordnet` of Debian's `wordnet-base`, and, if given, a word
  /// list such as `/usr/share/dict/american-english` of Debian's
  /// `wamerican`.
  public init(wordNetDirectory: String, wordList: String? = nil) throws(ModelFileError) {
    func read(_ path: String, _ what: String) throws(ModelFileError) -> [UInt8] {
      try ModelFileError.contents(ofFile: path, what: what)
    }
    var files: [(PartOfSpeech, [UInt8])] = []
    for partOfSpeech in PartOfSpeech.allCases {
      files.append((partOfSpeech, try read(wordNetDirectory + "/" + partOfSpeech.indexFileName, "WordNet index")))
    }
    self.init(
      wordNetIndexFiles: files,
      wordList: try wordList.map { path throws(ModelFileError) in try read(path, "word list") } ?? [])
  }

  /// The number of words.
  public var count: Int { words.count }

  /// Whether the lexicon is empty.
  public var isEmpty: Bool { words.isEmpty }

  /// What the lexicon says of `word` itself (not through an ending).
  public func properties(of word: String) -> [Property] {
    let bytes = Array(word.utf8)
    let mask = bytes.withUnsafeBufferPointer { words[Self.fingerprint($0, 0..<$0.count)] } ?? 0
    return Property.allCases.filter { mask & $0.rawValue != 0 }
  }

  // MARK: - Signatures

  /// WordNet's detachment rules, in the order of WordNet's `morphy`: an
  /// ending, what replaces it, the part of speech the lemma must have, and
  /// the signature bit that a match sets (one per ending and part of
  /// speech: `es` → `e` and `es` → nothing both say "a verb ending in
  /// -es"), before the shift past the six ``Property`` bits. The
  /// ``Lemmatizer`` applies the same rules.
  package static let rules: [(ending: [UInt8], replacement: [UInt8], partOfSpeech: PartOfSpeech, bit: Int)] = [
    ("s", "", .noun, 4), ("ses", "s", .noun, 5), ("xes", "x", .noun, 6), ("zes", "z", .noun, 7),
    ("ches", "ch", .noun, 8), ("shes", "sh", .noun, 9), ("men", "man", .noun, 10), ("ies", "y", .noun, 11),
    ("s", "", .verb, 12), ("ies", "y", .verb, 13), ("es", "e", .verb, 14), ("es", "", .verb, 14),
    ("ed", "e", .verb, 15), ("ed", "", .verb, 15), ("ing", "e", .verb, 16), ("ing", "", .verb, 16),
    ("er", "", .adjective, 17), ("est", "", .adjective, 18), ("er", "e", .adjective, 17),
    ("est", "e", .adjective, 18),
  ].map { (Array($0.utf8), Array($1.utf8), $2, $3) }

  /// The word's signature: bits 0–5 are the word's own ``Property``
  /// mask, and a rule's bit (6 to 20) is set when the rule leaves a stem of
  /// at least two bytes that is a lemma of the rule's part of speech. Zero
  /// for a word the lexicon does not know either way.
  @inline(__always)
  package func signature(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    guard !words.isEmpty else { return 0 }
    var signature = UInt64(words[Self.fingerprint(bytes, range)] ?? 0)
    for rule in Self.rules {
      guard let stem = Self.stem(bytes, range, detaching: rule.ending) else { continue }
      if isLemma(bytes, stem: stem, replacement: rule.replacement, of: rule.partOfSpeech) {
        signature |= 1 << UInt64(rule.bit + 2)
      }
    }
    return signature
  }

  /// The shortest stem a detachment rule may leave, in bytes.
  package static let minimumStemLength = 2

  /// The stem that is left of `bytes[range]` when `ending` (lower case) is
  /// detached: `nil` when the word does not end so (ASCII letters compared
  /// case-insensitively) or the stem would be shorter than
  /// ``minimumStemLength``.
  @inline(__always)
  package static func stem(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, detaching ending: [UInt8])
    -> Range<Int>?
  {
    guard range.count >= ending.count + minimumStemLength else { return nil }
    let stemEnd = range.upperBound - ending.count
    for (offset, byte) in ending.enumerated() where ASCIIByte.lowercased(bytes[stemEnd + offset]) != byte { return nil }
    return range.lowerBound..<stemEnd
  }

  /// Whether the lower-cased `bytes[stem]` followed by `replacement` is a
  /// lemma of `partOfSpeech`, hashed in place with no string built.
  @inline(__always)
  package func isLemma(
    _ bytes: UnsafeBufferPointer<UInt8>, stem: Range<Int>, replacement: [UInt8], of partOfSpeech: PartOfSpeech
  ) -> Bool {
    var hash = FeatureHash(template: Self.fingerprintTemplate)
    for index in stem { hash.add(ASCIIByte.lowercased(bytes[index])) }
    for byte in replacement { hash.add(byte) }
    hash.add(UInt8(0xFF))
    guard let mask = words[Self.fold(hash)] else { return false }
    return mask & partOfSpeech.property.rawValue != 0
  }

  private static let fingerprintTemplate: UInt8 = 77

  /// The fingerprint of the lower-cased `bytes[range]`.
  @inline(__always)
  package static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
    var hash = FeatureHash(template: fingerprintTemplate)
    hash.add(bytes, range, fold: true)
    return fold(hash)
  }

  @inline(__always)
  private static func fold(_ hash: FeatureHash) -> UInt32 {
    UInt32(truncatingIfNeeded: hash.value ^ (hash.value >> 32))
  }
}
