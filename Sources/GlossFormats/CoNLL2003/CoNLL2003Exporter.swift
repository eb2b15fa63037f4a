import GlossCore

/// Writes CoNLL-2003 NER columns: `-DOCSTART- -X- O O` and a blank line
/// before each document, then one `WORD _ _ TAG` line per token (part of
/// speech and chunk unknown) and a blank line after every sentence.
///
/// Spans that are nested, overlapping, not on token boundaries or across a
/// sentence boundary cannot be written in one tag column; they come back as
/// diagnostics.
public struct CoNLL2003Exporter: SpanExporter {
  /// The tagging scheme.
  public var scheme: TagScheme
  /// The types written.
  public var labels: LabelSet
  /// The tokenizer that defines the token lines.
  public var tokenizer: Tokenizer

  /// Creates an exporter.
  public init(scheme: TagScheme = .iob2, labels: LabelSet = .ontonotes, tokenizer: Tokenizer = Tokenizer()) {
    self.scheme = scheme
    self.labels = labels
    self.tokenizer = tokenizer
  }

  /// The lines of one document.
  public mutating func export(_ item: ExportDocument) -> ExportOutput {
    let tokens = TokenizedDocument(item.document, tokenizer: tokenizer)
    let (placed, diagnostics) = tokens.place(item.spans, documentID: item.document.id)
    var out: [UInt8] = []
    out.reserveCapacity(item.document.text.utf8.count * 2 + 32)
    out.append(contentsOf: "-DOCSTART- -X- O O\n\n".utf8)
    let bytes = item.document.text.utf8Ranges(of: tokens.tokens)
    let utf8 = item.document.text.utf8
    var tagBytes: [String: [UInt8]] = [:]
    var next = 0
    for sentence in tokens.sentences {
      var local: [(tokens: Range<Int>, type: String)] = []
      while next < placed.count && placed[next].tokens.lowerBound < sentence.upperBound {
        let range = placed[next].tokens
        local.append(((range.lowerBound - sentence.lowerBound)..<(range.upperBound - sentence.lowerBound), labels.type(for: placed[next].span.label)))
        next += 1
      }
      let tags = local.isEmpty ? [] : scheme.tags(count: sentence.count, spans: local)
      for index in sentence {
        out.append(contentsOf: utf8[bytes[index]])
        if tags.isEmpty || tags[index - sentence.lowerBound] == "O" {
          out.append(contentsOf: [0x20, 0x5F, 0x20, 0x5F, 0x20, 0x4F, 0x0A])  // " _ _ O\n"
          continue
        }
        let tag = tags[index - sentence.lowerBound]
        if tagBytes[tag] == nil { tagBytes[tag] = Array(" _ _ \(tag)\n".utf8) }
        out.append(contentsOf: tagBytes[tag]!)
      }
      out.append(0x0A)
    }
    return ExportOutput(chunks: [ExportChunk(out)], diagnostics: diagnostics)
  }
}
