import GlossCore

/// A document with the spans an export writes for it.
public struct ExportDocument: Sendable {
  /// The document.
  public var document: Document
  /// Its spans, already filtered, in storage order.
  public var spans: [Span]

  /// Creates an export item.
  public init(document: Document, spans: [Span]) {
    self.document = document
    self.spans = spans
  }
}
