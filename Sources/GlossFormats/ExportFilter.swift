import GlossCore

/// Which documents and spans an export takes.
///
/// Exports of training data take accepted spans by default; `statuses` set to
/// every status takes suggestions and rejections too.
public struct ExportFilter: Sendable, Hashable {
  /// The documents to export, or `nil` for all.
  public var documentIDs: Set<String>?
  /// The layers to export, or `nil` for all.
  public var layers: Set<String>?
  /// The `LABEL`s (or `layer:LABEL`s) to export, or `nil` for all.
  public var labels: Set<String>?
  /// The review statuses to export.
  public var statuses: Set<SpanStatus>
  /// Whether a training-data export takes documents whose exported layers
  /// are not done too (`--all-documents`); see ``ExportFormat/isTrainingData``.
  public var allDocuments = false

  /// Creates a filter; by default every document and layer, accepted spans
  /// only, and for training data only documents whose layers are done.
  public init(
    documentIDs: Set<String>? = nil, layers: Set<String>? = nil, labels: Set<String>? = nil,
    statuses: Set<SpanStatus> = [.accepted], allDocuments: Bool = false
  ) {
    self.documentIDs = documentIDs
    self.layers = layers
    self.labels = labels
    self.statuses = statuses
    self.allDocuments = allDocuments
  }

  /// Whether the document is exported.
  public func includes(documentID: String) -> Bool {
    documentIDs?.contains(documentID) ?? true
  }

  /// Whether the span is exported.
  public func includes(_ span: Span) -> Bool {
    guard statuses.contains(span.status) else { return false }
    if let layers, !layers.contains(span.layer) { return false }
    if let labels, !labels.contains(span.label) && !labels.contains(span.qualifiedLabel) { return false }
    return true
  }
}
