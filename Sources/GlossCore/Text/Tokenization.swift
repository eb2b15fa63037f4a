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

extension Tokenization {
  /// Each sentence as the range of its token indices: the tokens that start
  /// inside it. A token outside every sentence becomes a sentence of its own,
  /// so every token is in exactly one sentence (what the CoNLL formats and
  /// the syntax of a document need).
  public func sentenceTokenRanges() -> [Range<Int>] {
    var result: [Range<Int>] = []
    result.reserveCapacity(sentences.count)
    var token = 0
    for sentence in sentences {
      while token < tokens.count && tokens[token].upperBound <= sentence.lowerBound {
        result.append(token..<(token + 1))
        token += 1
      }
      let first = token
      while token < tokens.count && tokens[token].lowerBound < sentence.upperBound { token += 1 }
      if token > first { result.append(first..<token) }
    }
    while token < tokens.count {
      result.append(token..<(token + 1))
      token += 1
    }
    return result
  }
}
