/// A sentence's tokens as byte ranges over one UTF-8 buffer: the input of a
/// ``SequenceModel``.
///
/// Keeping every token in one buffer lets the feature extractor hash token
/// text in place, with no per-token allocation.
public struct TokenSequence: Sendable, Hashable {
  /// The UTF-8 bytes the tokens point into.
  public var bytes: [UInt8]
  /// Each token's byte range in ``bytes``.
  public var tokens: [Range<Int>]

  /// Creates a sequence over `bytes`.
  public init(bytes: [UInt8], tokens: [Range<Int>]) {
    self.bytes = bytes
    self.tokens = tokens
  }

  /// Creates a sequence of `words` (joined into one buffer).
  public init(words: [String]) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(words.reduce(0) { $0 + $1.utf8.count + 1 })
    var tokens: [Range<Int>] = []
    tokens.reserveCapacity(words.count)
    for word in words {
      let start = bytes.count
      bytes.append(contentsOf: word.utf8)
      tokens.append(start..<bytes.count)
      bytes.append(0x20)
    }
    self.bytes = bytes
    self.tokens = tokens
  }

  /// The number of tokens.
  public var count: Int { tokens.count }

  /// The text of token `index`.
  public func word(at index: Int) -> String {
    String(decoding: bytes[tokens[index]], as: UTF8.self)
  }
}
