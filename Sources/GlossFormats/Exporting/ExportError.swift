/// An export could not be written; nothing was (the target is as it was).
public struct ExportError: Error, Sendable, CustomStringConvertible {
  /// What went wrong and what to do.
  public var description: String

  /// Creates the error.
  public init(_ description: String) {
    self.description = description
  }

  /// The export was cancelled between two documents.
  public static let cancelled = ExportError("export cancelled; nothing was written")
}
