/// A model file that cannot be read: its path and what is wrong with it.
public struct ModelFileError: Error, Sendable, CustomStringConvertible {
  /// The file.
  public var path: String
  /// What is wrong.
  public var message: String

  /// Creates an error.
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  /// `PATH: MESSAGE`.
  public var description: String { "\(path): \(message)" }
}
