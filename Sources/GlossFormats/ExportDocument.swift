import GlossCore

/// A document with the spans an export writes for it.
public struct ExportDocument: Sendable {
  /// The document.
  public var document: Document
  /// Its spans, already filtered, in storage order.
  public var spans: [Span]
  /// Its syntax on the tokens of ``DocumentSyntax/tokenizer``, with a
  /// person's corrections applied, if it has been computed (CoNLL-U writes it).
  public var syntax: DocumentSyntax?

  /// Creates an export item.
  public init(document: Document, spans: [Span], syntax: DocumentSyntax? = nil) {
    self.document = document
    self.spans = spans
    self.syntax = syntax
  }
}
