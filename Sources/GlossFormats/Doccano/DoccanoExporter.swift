import GlossCore

/// Writes doccano sequence-labelling JSON Lines: `{"id": N, "text",
/// "label": [[start, end, "LABEL"]], "document": "DOC"}` per document.
///
/// Offsets are **UTF-16 code units**, what doccano counts in by default
/// (JavaScript string indices); they equal Unicode scalar offsets until a
/// character outside the Basic Multilingual Plane (an emoji) appears.
/// doccano has labels only: layers are recovered from the scheme on import,
/// attributes (TIMEX3 values) are not carried.
public struct DoccanoExporter: SpanExporter {
  private var count = 0

  /// Creates an exporter.
  public init() {}

  /// One line.
  public mutating func export(_ item: ExportDocument) -> ExportOutput {
    count += 1
    let text = item.document.text
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("id")
    writer.integer(count)
    writer.key("text")
    writer.string(text.string)
    writer.key("label")
    writer.beginArray()
    for span in item.spans {
      writer.beginArray()
      writer.integer(text.utf16Offset(ofScalar: span.start))
      writer.integer(text.utf16Offset(ofScalar: span.end))
      writer.string(span.label)
      writer.endArray()
    }
    writer.endArray()
    writer.key("document")
    writer.string(item.document.id)
    writer.endObject()
    var bytes = writer.takeBytes()
    bytes.append(0x0A)
    return ExportOutput(bytes)
  }
}
