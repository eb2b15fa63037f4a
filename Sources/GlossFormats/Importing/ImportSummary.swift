/// What an import staged.
public struct ImportSummary: Sendable, Hashable {
  /// Documents that received spans.
  public var documents: Int = 0
  /// Spans staged.
  public var added: Int = 0
  /// Spans skipped because the same layer, label and range already exist.
  public var alreadyPresent: Int = 0

  /// An empty summary.
  public init() {}
}
