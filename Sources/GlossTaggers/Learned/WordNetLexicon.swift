import GlossCore

/// The parts of speech WordNet gives each single-word lemma, a lexicon far
/// larger than any treebank's: a ``SequenceModel`` trained with one sees,
/// for every word, which of noun, verb, adjective and adverb WordNet knows
/// it (or, through an inflectional ending, its lemma) as.
///
/// Lemmas are kept as 32-bit fingerprints of their lower-cased form, so a
/// model file holds the lexicon in about three bytes a lemma and tagging
/// needs no string. The word's *signature* (``signature(_:_:)``) combines
/// its own parts of speech with those of the lemmas that WordNet's
/// "morphy" detachment rules lead to (`walked` → `walk` + `ed`, a verb).
public struct WordNetLexicon: Sendable, Hashable {
  /// A part of speech of WordNet, as a bit of a lemma's mask.
  public enum PartOfSpeech: UInt8, Sendable, CaseIterable {
    case noun = 1
    case verb = 2
    case adjective = 4
    case adverb = 8

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

  /// Part-of-speech masks by lemma fingerprint.
  package private(set) var lemmas: [UInt32: UInt8]

  /// An empty lexicon: a model trained with it has no WordNet features.
  public init() {
    lemmas = [:]
  }

  package init(lemmas: [UInt32: UInt8]) {
    self.lemmas = lemmas
  }

  /// The lexicon of WordNet index files (`index.noun` and the like, in the
  /// format of WordNet 3.0's `wndb(5WN)`): every lemma without a space
  /// (`_`) gets its file's part of speech. License and comment lines, which
  /// start with a space, are skipped.
  public init(indexFiles: [(PartOfSpeech, [UInt8])]) {
    var lemmas: [UInt32: UInt8] = [:]
    for (partOfSpeech, bytes) in indexFiles {
      bytes.withUnsafeBufferPointer { bytes in
        var lineStart = 0
        while lineStart < bytes.count {
          var end = lineStart
          while end < bytes.count && bytes[end] != 0x0A { end += 1 }
          var wordEnd = lineStart
          while wordEnd < end && bytes[wordEnd] != 0x20 { wordEnd += 1 }
          let word = lineStart..<wordEnd
          if !word.isEmpty && !bytes[word].contains(UInt8(ascii: "_")) {
            lemmas[Self.fingerprint(bytes, word), default: 0] |= partOfSpeech.rawValue
          }
          lineStart = end + 1
        }
      }
    }
    self.lemmas = lemmas
  }

  /// Reads the four index files of a WordNet database directory, such as
  /// `/usr/share/wordnet` of Debian's `wordnet-base`.
  public init(directory: String) throws(ModelFileError) {
    var files: [(PartOfSpeech, [UInt8])] = []
    for partOfSpeech in PartOfSpeech.allCases {
      let path = directory + "/" + partOfSpeech.indexFileName
      do {
        files.append((partOfSpeech, try FileSystem.readFile(atPath: path)))
      } catch {
        throw ModelFileError(path: path, message: "cannot read the WordNet index (\(error))")
      }
    }
    self.init(indexFiles: files)
  }

  /// The number of lemmas.
  public var count: Int { lemmas.count }

  /// Whether the lexicon is empty.
  public var isEmpty: Bool { lemmas.isEmpty }

  /// The parts of speech of `word` itself (not through an ending).
  public func partsOfSpeech(of word: String) -> [PartOfSpeech] {
    let bytes = Array(word.utf8)
    let mask = bytes.withUnsafeBufferPointer { lemmas[Self.fingerprint($0, 0..<$0.count)] } ?? 0
    return PartOfSpeech.allCases.filter { mask & $0.rawValue != 0 }
  }

  // MARK: - Signatures

  /// WordNet's detachment rules: an ending, what replaces it, the part of
  /// speech the lemma must have, and the signature bit that a match sets
  /// (one per ending and part of speech: `es` → `e` and `es` → nothing
  /// both say "a verb ending in -es").
  private static let rules: [(ending: [UInt8], replacement: [UInt8], partOfSpeech: PartOfSpeech, bit: Int)] = [
    ("s", "", .noun, 4), ("ses", "s", .noun, 5), ("xes", "x", .noun, 6), ("zes", "z", .noun, 7),
    ("ches", "ch", .noun, 8), ("shes", "sh", .noun, 9), ("men", "man", .noun, 10), ("ies", "y", .noun, 11),
    ("s", "", .verb, 12), ("ies", "y", .verb, 13), ("es", "e", .verb, 14), ("es", "", .verb, 14),
    ("ed", "e", .verb, 15), ("ed", "", .verb, 15), ("ing", "e", .verb, 16), ("ing", "", .verb, 16),
    ("er", "", .adjective, 17), ("est", "", .adjective, 18), ("er", "e", .adjective, 17),
    ("est", "e", .adjective, 18),
  ].map { (Array($0.utf8), Array($1.utf8), $2, $3) }

  /// The word's signature: bits 0–3 are the parts of speech of the word
  /// itself, and a rule's bit (4 to 18) is set when the rule leaves a
  /// stem of at least two bytes that is a lemma of the rule's part of
  /// speech. Zero for a word WordNet does not know either way.
  @inline(__always)
  package func signature(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    guard !lemmas.isEmpty else { return 0 }
    var signature = UInt64(lemmas[Self.fingerprint(bytes, range)] ?? 0)
    for rule in Self.rules where range.count >= rule.ending.count + 2 {
      let stemEnd = range.upperBound - rule.ending.count
      var matches = true
      for (offset, byte) in rule.ending.enumerated() where Self.folded(bytes[stemEnd + offset]) != byte {
        matches = false
        break
      }
      guard matches else { continue }
      var hash = FeatureHash(template: Self.fingerprintTemplate)
      for index in range.lowerBound..<stemEnd { hash.add(Self.folded(bytes[index])) }
      for byte in rule.replacement { hash.add(byte) }
      hash.add(UInt8(0xFF))
      if let mask = lemmas[Self.fold(hash)], mask & rule.partOfSpeech.rawValue != 0 {
        signature |= 1 << UInt64(rule.bit)
      }
    }
    return signature
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

  @inline(__always)
  private static func folded(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }
}
