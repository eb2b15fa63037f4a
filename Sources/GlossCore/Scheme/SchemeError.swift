/// A `scheme.json` file could not be read.
public struct SchemeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file, with the line and column where the JSON itself is broken.
  public var location: FileLocation
  /// What is wrong.
  public var message: String

  /// Creates an error at `location` in a scheme file.
  public init(at location: FileLocation, message: String) {
    self.location = location
    self.message = message
  }

  /// Creates an error about the scheme file at `path` as a whole.
  public init(path: String, message: String) {
    self.init(at: FileLocation(path: path), message: message)
  }

  /// `path:line:column: message`.
  public var description: String { "\(location): \(message)" }
}
