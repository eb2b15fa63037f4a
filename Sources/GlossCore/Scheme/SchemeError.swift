/// A `scheme.json` file could not be read.
public struct SchemeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file that was being read.
  public var path: String
  /// What is wrong, with a line and column where the JSON itself is broken.
  public var message: String

  /// Creates an error about the scheme file at `path`.
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): \(message)" }
}
