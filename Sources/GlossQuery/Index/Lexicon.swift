/// Every distinct token text of the corpus, numbered, with its lower-case
/// form and shape, so token conditions are decided once per distinct word
/// instead of once per token.
public struct Lexicon: Sendable {
  /// The words, by id.
  public private(set) var words: [String] = []
  /// The id of each word's lower-case form in ``lowerForms``.
  public private(set) var lowerIDs: [UInt32] = []
  /// The id of each word's shape in ``shapes``.
  public private(set) var shapeIDs: [UInt32] = []
  /// The distinct lower-case forms.
  public private(set) var lowerForms: [String] = []
  /// The distinct shapes.
  public private(set) var shapes: [String] = []

  private var wordIndex: [String: UInt32] = [:]
  private var lowerIndex: [String: UInt32] = [:]
  private var shapeIndex: [String: UInt32] = [:]

  /// An empty lexicon.
  public init() {}

  /// A lexicon from its stored arrays (the index cache).
  init(words: [String], lowerIDs: [UInt32], shapeIDs: [UInt32], lowerForms: [String], shapes: [String]) {
    self.words = words
    self.lowerIDs = lowerIDs
    self.shapeIDs = shapeIDs
    self.lowerForms = lowerForms
    self.shapes = shapes
    wordIndex.reserveCapacity(words.count)
    for (id, word) in words.enumerated() { wordIndex[word] = UInt32(id) }
    for (id, form) in lowerForms.enumerated() { lowerIndex[form] = UInt32(id) }
    for (id, shape) in shapes.enumerated() { shapeIndex[shape] = UInt32(id) }
  }

  /// The number of distinct words.
  public var count: Int { words.count }

  /// The id of `word`, if it occurs.
  public func id(of word: String) -> UInt32? { wordIndex[word] }

  /// The id of the lower-case form `form`, if some word has it.
  public func lowerID(of form: String) -> UInt32? { lowerIndex[form] }

  /// The id of `word`, adding it when new.
  public mutating func intern(_ word: String) -> UInt32 {
    if let id = wordIndex[word] { return id }
    let id = UInt32(words.count)
    words.append(word)
    wordIndex[word] = id
    let lower = word.lowercased()
    lowerIDs.append(Self.intern(lower, into: &lowerForms, index: &lowerIndex))
    shapeIDs.append(Self.intern(Self.shape(of: word), into: &shapes, index: &shapeIndex))
    return id
  }

  private static func intern(_ text: String, into list: inout [String], index: inout [String: UInt32]) -> UInt32 {
    if let id = index[text] { return id }
    let id = UInt32(list.count)
    list.append(text)
    index[text] = id
    return id
  }

  /// The shape of a word: `X` for upper-case letters, `x` for lower-case,
  /// `d` for digits, other characters as they are, runs cut at four
  /// (`Putin` → `Xxxxx`, `2024-06` → `dddd-dd`).
  public static func shape(of word: String) -> String {
    var result = String.UnicodeScalarView()
    var last: Unicode.Scalar?
    var run = 0
    for scalar in word.unicodeScalars {
      let mapped: Unicode.Scalar
      if scalar.properties.isUppercase {
        mapped = "X"
      } else if scalar.properties.isLowercase {
        mapped = "x"
      } else if scalar.properties.numericType == .decimal {
        mapped = "d"
      } else {
        mapped = scalar
      }
      if mapped == last {
        run += 1
      } else {
        run = 1
        last = mapped
      }
      if run <= 4 { result.append(mapped) }
    }
    return String(result)
  }
}
