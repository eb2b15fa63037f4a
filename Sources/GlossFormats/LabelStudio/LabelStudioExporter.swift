import GlossCore

/// Writes Label Studio tasks: one JSON array, one task per document,
/// `{"id", "data": {"text", "document"}, "annotations": [{"result": […]}]}`.
///
/// Each span is a `labels` result whose `from_name` is its layer (one
/// `<Labels name="entity" toName="text">` control per layer), with
/// `value.start`/`value.end` in Unicode scalar offsets, `value.text` and
/// `value.labels`; each attribute is a per-region `textarea` result with the
/// same `id` and the attribute's name as `from_name`.
public struct LabelStudioExporter: SpanExporter {
  private var count = 0

  /// Creates an exporter.
  public init() {}

  /// The opening bracket.
  public mutating func begin() -> [ExportChunk] { [ExportChunk(Array("[".utf8))] }

  /// One task.
  public mutating func export(_ item: ExportDocument) -> ExportOutput {
    let text = item.document.text
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("id")
    writer.integer(count + 1)
    writer.key("data")
    writer.beginObject()
    writer.key("text")
    writer.string(text.string)
    writer.key("document")
    writer.string(item.document.id)
    writer.endObject()
    writer.key("annotations")
    writer.beginArray()
    writer.beginObject()
    writer.key("result")
    writer.beginArray()
    for span in item.spans {
      func region(_ fromName: String, type: String, _ value: (inout JSONWriter) -> Void) {
        writer.beginObject()
        writer.key("id")
        writer.string(span.id)
        writer.key("from_name")
        writer.string(fromName)
        writer.key("to_name")
        writer.string("text")
        writer.key("type")
        writer.string(type)
        writer.key("origin")
        writer.string(span.status == .suggested ? "prediction" : "manual")
        writer.key("value")
        writer.beginObject()
        writer.key("start")
        writer.integer(span.start)
        writer.key("end")
        writer.integer(span.end)
        value(&writer)
        writer.endObject()
        writer.endObject()
      }
      region(span.layer, type: "labels") { writer in
        writer.key("text")
        writer.string(text.text(in: span.range))
        writer.key("labels")
        writer.beginArray()
        writer.string(span.label)
        writer.endArray()
      }
      for name in span.attributes.keys.sorted() {
        region(name, type: "textarea") { writer in
          writer.key("text")
          writer.beginArray()
          writer.string(span.attributes[name]!)
          writer.endArray()
        }
      }
    }
    writer.endArray()
    writer.endObject()
    writer.endArray()
    writer.endObject()
    var bytes = Array((count == 0 ? "\n" : ",\n").utf8)
    bytes += writer.takeBytes()
    count += 1
    return ExportOutput(bytes)
  }

  /// The closing bracket.
  public mutating func finish() -> [ExportChunk] { [ExportChunk(Array((count == 0 ? "]\n" : "\n]\n").utf8))] }
}
