import GlossCore

/// Writes spaCy training JSON Lines, one document per line:
/// `{"text", "entities": [[start, end, label]], "spans": {layer: [[start,
/// end, label]]}, "tokens": [{"text", "start", "end", "id", "ws"}],
/// "token_spans": [{"start", "end", "label", "token_start", "token_end",
/// "layer"}], "meta": {"id"}}` with Unicode scalar offsets (Python `str`
/// indices).
///
/// `entities` holds the entity layer's spans that do not overlap (what
/// `doc.ents` accepts; the outer span wins and each one left out comes back
/// as a diagnostic); `spans` holds every other layer's spans, which may
/// nest (`doc.spans[layer]`). `tokens` are ``SpaCyTokens`` in the shape of
/// Prodigy's and spaCy's JSONL (`ws`: one space follows), so that
/// `Doc(vocab, words, spaces)` rebuilds the text exactly and every span is
/// `doc[token_start:token_end + 1]`; `token_spans` repeats the spans of
/// `entities` and `spans` with their tokens (`token_end` inclusive, as
/// Prodigy counts).
public struct SpaCyExporter: SpanExporter {
  /// The tokenizer whose tokens are cut at the span edges.
  public var tokenizer: Tokenizer

  /// Creates an exporter.
  public init(tokenizer: Tokenizer = .universalDependencies) {
    self.tokenizer = tokenizer
  }

  /// One line.
  public mutating func export(_ item: ExportDocument) -> ExportOutput {
    var diagnostics: [ExportDiagnostic] = []
    var entities: [Span] = []
    var others: [String: [Span]] = [:]
    var coveredUntil = -1
    var lastID = ""
    for span in item.spans.sorted(by: Span.storageOrder) {
      guard span.layer == "entity" else {
        others[span.layer, default: []].append(span)
        continue
      }
      if span.start < coveredUntil {
        diagnostics.append(
          ExportDiagnostic(documentID: item.document.id, span: span, reason: .overlaps(spanID: lastID)))
        continue
      }
      entities.append(span)
      coveredUntil = span.end
      lastID = span.id
    }
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("text")
    writer.string(item.document.text.string)
    writer.key("entities")
    Self.write(entities, to: &writer)
    writer.key("spans")
    writer.beginObject()
    for layer in others.keys.sorted() {
      writer.key(layer)
      Self.write(others[layer]!, to: &writer)
    }
    writer.endObject()
    let written = entities + others.keys.sorted().flatMap { others[$0]! }
    let tokens = SpaCyTokens(text: item.document.text, tokenizer: tokenizer, spans: written)
    writer.key("tokens")
    writer.beginArray()
    for (index, token) in tokens.tokens.enumerated() {
      writer.beginObject()
      writer.key("text")
      writer.string(item.document.text.text(in: token.range))
      writer.key("start")
      writer.integer(token.range.lowerBound)
      writer.key("end")
      writer.integer(token.range.upperBound)
      writer.key("id")
      writer.integer(index)
      writer.key("ws")
      writer.bool(token.spaceAfter)
      writer.endObject()
    }
    writer.endArray()
    writer.key("token_spans")
    writer.beginArray()
    for span in written {
      guard let range = tokens.tokens(of: span) else { continue }
      writer.beginObject()
      writer.key("start")
      writer.integer(span.start)
      writer.key("end")
      writer.integer(span.end)
      writer.key("label")
      writer.string(span.label)
      writer.key("token_start")
      writer.integer(range.lowerBound)
      writer.key("token_end")
      writer.integer(range.upperBound)
      writer.key("layer")
      writer.string(span.layer)
      writer.endObject()
    }
    writer.endArray()
    writer.key("meta")
    writer.beginObject()
    writer.key("id")
    writer.string(item.document.id)
    writer.endObject()
    writer.endObject()
    var bytes = writer.takeBytes()
    bytes.append(0x0A)
    return ExportOutput(chunks: [ExportChunk(bytes)], diagnostics: diagnostics)
  }

  private static func write(_ spans: [Span], to writer: inout JSONWriter) {
    writer.beginArray()
    for span in spans {
      writer.beginArray()
      writer.integer(span.start)
      writer.integer(span.end)
      writer.string(span.label)
      writer.endArray()
    }
    writer.endArray()
  }
}
