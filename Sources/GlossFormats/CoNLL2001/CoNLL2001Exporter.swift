import GlossCore

/// Writes CoNLL-2001 clause columns: `WORD _ _ CLAUSE` per token, a blank
/// line after every sentence, and the clause column in bracket form: `(S*`
/// where a clause opens, `*S)` where it closes, `*` elsewhere, nested
/// brackets concatenated (`(S(S*`, `*S)S)`).
///
/// Clauses may nest but not cross; spans that cross another, are not on
/// token boundaries, or cross a sentence boundary come back as diagnostics.
public struct CoNLL2001Exporter: SpanExporter {
  /// The tokenizer that defines the token lines.
  public var tokenizer: Tokenizer

  /// Creates an exporter.
  public init(tokenizer: Tokenizer = Tokenizer()) {
    self.tokenizer = tokenizer
  }

  /// The lines of one document.
  public mutating func export(_ item: ExportDocument) -> ExportOutput {
    let tokens = TokenizedDocument(item.document, tokenizer: tokenizer)
    var diagnostics: [ExportDiagnostic] = []
    var opens = [Int](repeating: 0, count: tokens.tokens.count)
    var closes = [Int](repeating: 0, count: tokens.tokens.count)
    var kept: [(span: Span, range: ClosedRange<Int>)] = []
    for span in item.spans.sorted(by: Span.storageOrder) {
      guard let first = tokens.token(startingAt: span.start), let last = tokens.token(endingAt: span.end), first <= last
      else {
        diagnostics.append(ExportDiagnostic(documentID: item.document.id, span: span, reason: .notTokenAligned))
        continue
      }
      if tokens.sentence(ofToken: first) != tokens.sentence(ofToken: last) {
        diagnostics.append(ExportDiagnostic(documentID: item.document.id, span: span, reason: .crossesSentence))
        continue
      }
      // Outer spans come first; a kept span that this one crosses (overlaps
      // without containing it) or duplicates makes it inexpressible.
      if let clash = kept.first(where: { other in
        other.range.overlaps(first...last)
          && !(other.range.lowerBound <= first && last <= other.range.upperBound && other.range != first...last)
      }) {
        diagnostics.append(
          ExportDiagnostic(documentID: item.document.id, span: span, reason: .overlaps(spanID: clash.span.id)))
        continue
      }
      kept.append((span, first...last))
      opens[first] += 1
      closes[last] += 1
    }
    let bytes = item.document.text.utf8Ranges(of: tokens.tokens)
    var out: [UInt8] = []
    out.reserveCapacity(item.document.text.utf8.count + tokens.tokens.count * 8 + tokens.sentences.count)
    item.document.text.utf8.withUnsafeBufferPointer { source in
      for sentence in tokens.sentences {
        for index in sentence {
          out.append(source, bytes[index])
          out.append(contentsOf: [0x20, 0x5F, 0x20, 0x5F, 0x20])  // " _ _ "
          for _ in 0..<opens[index] { out.append(contentsOf: [0x28, 0x53]) }  // (S
          out.append(0x2A)  // *
          for _ in 0..<closes[index] { out.append(contentsOf: [0x53, 0x29]) }  // S)
          out.append(0x0A)
        }
        out.append(0x0A)
      }
    }
    return ExportOutput(chunks: [ExportChunk(out)], diagnostics: diagnostics)
  }
}
