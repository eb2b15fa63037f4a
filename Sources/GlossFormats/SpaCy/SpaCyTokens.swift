import GlossCore

/// A document's text cut into tokens the way spaCy holds a `Doc`: every
/// token is followed by one space or none (`whitespace_`), and any other
/// white space (a line break, a second space) is a token of its own, so
/// that `Doc(vocab, words=[texts], spaces=[spaceAfter])` rebuilds the text
/// exactly.
///
/// The tokens are Gloss's tokenizer's, cut again at every span edge that
/// falls inside one (`theState Duma` → `the` `State`; `6–7` → `6` `–7`), so
/// that every span starts and ends on a token.
package struct SpaCyTokens {
  /// One token.
  package struct Token: Sendable, Hashable {
    /// Its scalar range in the text.
    package var range: Range<Int>
    /// Whether one space follows it (spaCy's `whitespace_` is `" "`).
    package var spaceAfter: Bool
  }

  /// The tokens, in order, covering the text.
  package private(set) var tokens: [Token] = []
  /// The token index of each token start.
  private var tokenStarting: [Int: Int] = [:]
  /// The token index of each token end.
  private var tokenEnding: [Int: Int] = [:]

  /// Tokenizes `text` with `tokenizer` and cuts the tokens at the edges of `spans`.
  package init(text: SourceText, tokenizer: Tokenizer, spans: [Span]) {
    let spanStarts = Set(spans.map(\.start))
    let spanEnds = Set(spans.map(\.end))
    let edges = spanStarts.union(spanEnds)
    var pieces: [(range: Range<Int>, isWhitespace: Bool)] = []
    /// Appends `range` cut at the span edges inside it.
    func add(_ range: Range<Int>, isWhitespace: Bool) {
      var start = range.lowerBound
      for offset in range.dropFirst() where edges.contains(offset) {
        pieces.append((start..<offset, isWhitespace))
        start = offset
      }
      pieces.append((start..<range.upperBound, isWhitespace))
    }
    /// Appends the runs of white space and of anything else in a gap between tokens.
    func addGap(_ range: Range<Int>) {
      var start = range.lowerBound
      while start < range.upperBound {
        let isWhitespace = text.scalar(at: start).properties.isWhitespace
        var end = start + 1
        while end < range.upperBound && text.scalar(at: end).properties.isWhitespace == isWhitespace { end += 1 }
        add(start..<end, isWhitespace: isWhitespace)
        start = end
      }
    }
    var position = 0
    for token in tokenizer.tokenize(text).tokens where !token.isEmpty {
      addGap(position..<token.lowerBound)
      add(token, isWhitespace: false)
      position = token.upperBound
    }
    addGap(position..<text.scalarCount)
    let space = Unicode.Scalar(0x20)
    for var piece in pieces {
      if piece.isWhitespace, let last = tokens.indices.last, !tokens[last].spaceAfter,
        text.scalar(at: piece.range.lowerBound) == space, !spanStarts.contains(piece.range.lowerBound),
        !spanEnds.contains(piece.range.lowerBound + 1)
      {
        tokens[last].spaceAfter = true
        piece.range = piece.range.dropFirst()
      }
      guard !piece.range.isEmpty else { continue }
      tokenStarting[piece.range.lowerBound] = tokens.count
      tokenEnding[piece.range.upperBound] = tokens.count
      tokens.append(Token(range: piece.range, spaceAfter: false))
    }
  }

  /// The first and last token of `span` (always found for the spans the
  /// tokens were cut for).
  package func tokens(of span: Span) -> ClosedRange<Int>? {
    guard let first = tokenStarting[span.start], let last = tokenEnding[span.end], first <= last else { return nil }
    return first...last
  }
}
