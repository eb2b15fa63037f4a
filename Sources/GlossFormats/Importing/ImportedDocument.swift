/// The spans an import brings to one corpus document.
public struct ImportedDocument: Sendable, Hashable {
  /// The corpus document.
  public var documentID: String
  /// Its spans, in file order.
  public var spans: [ImportedSpan]
  /// What the file holds for it that Gloss cannot carry and so did not
  /// import, each a sentence starting `path:line:`, for the user to be told.
  public var warnings: [String]

  /// Creates an imported document.
  public init(documentID: String, spans: [ImportedSpan], warnings: [String] = []) {
    self.documentID = documentID
    self.spans = spans
    self.warnings = warnings
  }
}
