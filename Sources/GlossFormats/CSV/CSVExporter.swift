import GlossCore

/// Writes spans as CSV (RFC 4180) for spreadsheets and pandas: a header,
/// then one row per span: `document,layer,label,start,end,text,status,
/// annotator,attributes`, Unicode scalar offsets, attributes as
/// `name=value` pairs joined by `;`. Fields are quoted as ``CSV`` says.
public struct CSVExporter: SpanExporter {
  /// Creates an exporter.
  public init() {}

  /// The header row.
  public mutating func begin() -> [ExportChunk] {
    [ExportChunk(Array("document,layer,label,start,end,text,status,annotator,attributes\r\n".utf8))]
  }

  /// One row per span.
  public mutating func export(_ item: ExportDocument) -> ExportOutput {
    var out = ""
    for span in item.spans {
      let attributes = span.attributes.keys.sorted().map { "\($0)=\(span.attributes[$0]!)" }.joined(separator: ";")
      let fields = [
        item.document.id, span.layer, span.label, String(span.start), String(span.end),
        item.document.text.text(in: span.range),
        span.status.rawValue, span.annotator, attributes,
      ]
      out += CSV.record(fields) + "\r\n"
    }
    return ExportOutput(Array(out.utf8))
  }
}
