/// The spans an import brings to one corpus document.
public struct ImportedDocument: Sendable, Hashable {
  /// The corpus document.
  public var documentID: String
  /// Its spans, in file order.
  public var spans: [ImportedSpan]

  /// Creates an imported document.
  public init(documentID: String, spans: [ImportedSpan]) {
    self.documentID = documentID
    self.spans = spans
  }
}
