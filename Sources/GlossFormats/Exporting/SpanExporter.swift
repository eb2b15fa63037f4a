import GlossCore

/// A format that Gloss exports documents and their spans to.
///
/// An exporter is fed one document at a time and hands back the bytes for
/// it, so an export runs in memory proportional to the largest document, not
/// the corpus. Formats that are one stream (CoNLL, JSON Lines, CSV) return
/// chunks for the main output; formats that are a folder of files (brat, XMI)
/// return whole files named by their path inside the folder.
public protocol SpanExporter {
  /// Whether the export is a folder of files rather than one stream.
  var writesFolder: Bool { get }

  /// What opens the output (a header, an opening bracket, a type system).
  mutating func begin() -> [ExportChunk]

  /// The output for one document, and what could not be expressed of it.
  mutating func export(_ item: ExportDocument) -> ExportOutput

  /// What closes the output (a closing bracket, a label configuration).
  mutating func finish() -> [ExportChunk]
}

extension SpanExporter {
  /// Most formats are one stream.
  public var writesFolder: Bool { false }
  /// Most formats have no header.
  public mutating func begin() -> [ExportChunk] { [] }
  /// Most formats have no footer.
  public mutating func finish() -> [ExportChunk] { [] }
}
