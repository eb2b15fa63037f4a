import GlossCore

/// Writes spaCy training JSON Lines, one document per line:
/// `{"text", "entities": [[start, end, label]], "spans": {layer: [[start,
/// end, label]]}, "meta": {"id"}}` with Unicode scalar offsets (Python `str`
/// indices).
///
/// `entities` holds the entity layer's spans that do not overlap (what
/// `doc.ents` accepts; the outer span wins and each one left out comes back
/// as a diagnostic); `spans` holds every other layer's spans, which may
/// nest (`doc.spans[layer]`).
public struct SpaCyExporter: SpanExporter {
  /// Creates an exporter.
  public init() {}

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
