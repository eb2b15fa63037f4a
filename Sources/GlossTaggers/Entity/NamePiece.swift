/// A word or punctuation mark the entity tagger matches names over: a token,
/// or part of one where a token joins words (`Russia-North` gives `Russia`,
/// `-`, `North`; `theState` gives `the`, `State`).
struct NamePiece: Sendable {
  /// The scalar range.
  var start: Int
  var end: Int
  /// FNV-1a of the piece's bytes, and of its bytes with ASCII letters
  /// lowercased.
  var hash: UInt64
  var lowerHash: UInt64
  /// Its shape.
  var shape: Shape
  /// What the lexicon knows of the word.
  var classes: WordClass
  /// The first byte, with an ASCII letter lowercased: acronyms are compared
  /// with names by it (`UAE` and `United Arab Emirates`).
  var firstByte: UInt8

  /// The bit that lowercases an ASCII capital letter.
  static let asciiLowercaseBit: UInt8 = 0x20

  /// The shape of a piece, from its bytes.
  struct Shape: OptionSet, Sendable {
    let rawValue: UInt16
    /// Starts with a letter or digit.
    static let word = Shape(rawValue: 1 << 0)
    /// Starts with an uppercase letter.
    static let upper = Shape(rawValue: 1 << 1)
    /// Starts with a lowercase letter.
    static let lower = Shape(rawValue: 1 << 2)
    /// Starts with a digit.
    static let digit = Shape(rawValue: 1 << 3)
    /// Two or more letters, all uppercase (`NATO`, `U.S.`).
    static let allCaps = Shape(rawValue: 1 << 4)
    /// A hyphen inside a token.
    static let hyphen = Shape(rawValue: 1 << 5)
    /// Follows the previous piece with no space between.
    static let joined = Shape(rawValue: 1 << 6)
    /// The first word of its sentence.
    static let sentenceStart = Shape(rawValue: 1 << 7)
    /// The last piece of its sentence.
    static let sentenceEnd = Shape(rawValue: 1 << 8)
    /// Ends in `ing` (`Approving`): a headline's verb more often than a name.
    static let endsInING = Shape(rawValue: 1 << 9)
    /// An uppercase letter after a lowercase one (`ArcelorMittal`, `eBay`):
    /// a brand's spelling, not a word's.
    static let mixedCase = Shape(rawValue: 1 << 10)
    /// Starts with a letter and holds a digit: a model's name (`A320`).
    static let alphanumeric = Shape(rawValue: 1 << 11)
  }

  /// Whether the piece can be part of a capitalized name.
  var isCapitalizedWord: Bool {
    shape.contains(.upper) && !classes.contains(.function) && !classes.contains(.time)
  }
}

/// FNV-1a, 64 bits: the hash of gazetteer keys and lexicon lookups.
enum NameHash {
  static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// Folds one more piece into the hash of a piece sequence.
  @inline(__always)
  static func combine(_ sequence: UInt64, _ piece: UInt64) -> UInt64 {
    (sequence ^ piece) &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019
  }

  /// The hash of a word given as a string, with ASCII lowercased if asked.
  static func hash(_ word: Substring, lowercased: Bool) -> UInt64 {
    var hash = offset
    for byte in word.utf8 {
      let folded = lowercased && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      hash = (hash ^ UInt64(folded)) &* prime
    }
    return hash
  }
}
