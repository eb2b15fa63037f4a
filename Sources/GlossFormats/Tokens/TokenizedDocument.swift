import GlossCore

/// A document's tokens and sentences, and the placing of spans on tokens that
/// the CoNLL formats need.
///
/// Spans are kept only when they start and end on token boundaries, lie in
/// one sentence, and do not overlap a span already placed in the same column
/// (outer spans win: spans are placed in storage order). Every span left out
/// comes back as an ``ExportDiagnostic``: nothing is dropped silently.
package struct TokenizedDocument {
  /// The text.
  package let text: SourceText
  /// Token scalar ranges, in order.
  package let tokens: [Range<Int>]
  /// For each sentence, the range of its token indices.
  package let sentences: [Range<Int>]
  /// For each token, its sentence.
  private let sentenceOfToken: [Int32]

  /// Tokenizes `document`.
  package init(_ document: Document, tokenizer: Tokenizer = Tokenizer()) {
    self.text = document.text
    let tokenization = tokenizer.tokenize(document.text)
    tokens = tokenization.tokens
    let sentences = tokenization.sentenceTokenRanges()
    var sentenceOfToken = [Int32](repeating: 0, count: tokens.count)
    for (number, sentence) in sentences.enumerated() {
      for token in sentence { sentenceOfToken[token] = Int32(number) }
    }
    self.sentences = sentences
    self.sentenceOfToken = sentenceOfToken
  }

  /// The token index of the token starting at scalar `offset`.
  package func token(startingAt offset: Int) -> Int? {
    let index = lowerBound { $0.lowerBound >= offset }
    return index < tokens.count && tokens[index].lowerBound == offset ? index : nil
  }

  /// The token index of the token ending at scalar `offset`.
  package func token(endingAt offset: Int) -> Int? {
    let index = lowerBound { $0.upperBound >= offset }
    return index < tokens.count && tokens[index].upperBound == offset ? index : nil
  }

  /// The sentence a token is in.
  package func sentence(ofToken index: Int) -> Int { Int(sentenceOfToken[index]) }

  /// The token text.
  package func form(_ index: Int) -> String { text.text(in: tokens[index]) }

  /// Places `spans` in one column: the ones kept with their token ranges,
  /// and a diagnostic for each one left out.
  package func place(
    _ spans: [Span], documentID: String, allowCrossingSentences: Bool = false
  ) -> (placed: [(span: Span, tokens: Range<Int>)], diagnostics: [ExportDiagnostic]) {
    var placed: [(span: Span, tokens: Range<Int>)] = []
    var diagnostics: [ExportDiagnostic] = []
    var owner = [Int32](repeating: -1, count: tokens.count)
    for span in spans.sorted(by: Span.storageOrder) {
      guard let first = token(startingAt: span.start), let last = token(endingAt: span.end), first <= last else {
        diagnostics.append(ExportDiagnostic(documentID: documentID, span: span, reason: .notTokenAligned))
        continue
      }
      if !allowCrossingSentences && sentence(ofToken: first) != sentence(ofToken: last) {
        diagnostics.append(ExportDiagnostic(documentID: documentID, span: span, reason: .crossesSentence))
        continue
      }
      if let clash = (first...last).first(where: { owner[$0] >= 0 }) {
        diagnostics.append(
          ExportDiagnostic(
            documentID: documentID, span: span, reason: .overlaps(spanID: placed[Int(owner[clash])].span.id)))
        continue
      }
      for index in first...last { owner[index] = Int32(placed.count) }
      placed.append((span, first..<(last + 1)))
    }
    placed.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    return (placed, diagnostics)
  }

  /// The first token index for which `predicate` holds (tokens are sorted).
  private func lowerBound(_ predicate: (Range<Int>) -> Bool) -> Int {
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if predicate(tokens[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
