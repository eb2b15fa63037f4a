import GlossCore

/// Writes documents in the project's own JSON shape, as a JSON array
/// (`gloss export json`) or as JSON Lines (`gloss export jsonl`).
///
/// Each document is `{"id", "text", "meta": {…}, "text_sha256", "spans":
/// [{"id", "layer", "label", "start", "end", "text", "attrs", "annotator",
/// "status"}]}` with Unicode scalar offsets. The writer is streamed: it hands
/// back the bytes of one document at a time, so memory does not grow with the
/// corpus.
public struct ProjectJSONWriter: Sendable {
  /// How documents are framed.
  public enum Framing: Sendable {
    /// One JSON array of documents, one document per line inside it.
    case array
    /// One document per line, nothing around them.
    case lines
  }

  /// The framing in use.
  public let framing: Framing
  private var count = 0

  /// Creates a writer.
  public init(framing: Framing) {
    self.framing = framing
  }

  /// The bytes that open the output.
  public func header() -> [UInt8] {
    framing == .array ? Array("[".utf8) : []
  }

  /// The bytes of one document, with its separator.
  public mutating func write(_ item: ExportDocument) -> [UInt8] {
    var bytes: [UInt8] = []
    if framing == .array { bytes.append(contentsOf: Array((count == 0 ? "\n" : ",\n").utf8)) }
    count += 1
    var writer = JSONWriter()
    Self.write(item, to: &writer)
    bytes.append(contentsOf: writer.takeBytes())
    if framing == .lines { bytes.append(UInt8(ascii: "\n")) }
    return bytes
  }

  /// The bytes that close the output.
  public func footer() -> [UInt8] {
    framing == .array ? Array((count == 0 ? "]\n" : "\n]\n").utf8) : []
  }

  /// Writes one document object.
  package static func write(_ item: ExportDocument, to writer: inout JSONWriter) {
    let document = item.document
    writer.beginObject()
    writer.key("id")
    writer.string(document.id)
    writer.key("text")
    writer.string(document.text.string)
    writer.key("meta")
    writer.beginObject()
    for key in document.metadata.fields.keys.sorted() {
      writer.key(key)
      switch document.metadata.fields[key]! {
      case .string(let value): writer.string(value)
      case .integer(let value): writer.integer(value)
      case .number(let value): writer.double(value)
      case .bool(let value): writer.bool(value)
      }
    }
    writer.endObject()
    writer.key("text_sha256")
    writer.string(document.textSHA256)
    writer.key("spans")
    writer.beginArray()
    for span in item.spans {
      span.write(to: &writer, text: document.text)
    }
    writer.endArray()
    writer.endObject()
  }
}
