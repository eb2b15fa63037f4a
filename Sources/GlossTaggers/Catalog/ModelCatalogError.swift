/// A model could not be chosen or loaded: which one, and what to do.
public struct ModelCatalogError: Error, Sendable, CustomStringConvertible {
  /// A full sentence saying what went wrong and how to go on.
  public var description: String

  /// Creates the error.
  public init(_ description: String) {
    self.description = description
  }
}
