/// The tokens and sentences of a text, as half-open ranges of Unicode scalar
/// offsets.
public struct Tokenization: Sendable, Hashable {
  /// Every token, in text order; tokens never overlap and never contain
  /// whitespace at either end.
  public var tokens: [Range<Int>]
  /// Every sentence, in text order; each starts at its first token's start
  /// and ends at its last token's end.
  public var sentences: [Range<Int>]

  /// Creates a tokenization from token and sentence ranges.
  public init(tokens: [Range<Int>], sentences: [Range<Int>]) {
    self.tokens = tokens
    self.sentences = sentences
  }
}
