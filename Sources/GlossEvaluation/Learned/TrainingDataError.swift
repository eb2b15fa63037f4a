import GlossCore

/// A gold file that cannot be read as training data.
public struct TrainingDataError: Error, Sendable, CustomStringConvertible {
  /// The file and line at fault.
  public var location: FileLocation
  /// What is wrong there.
  public var message: String

  /// Creates an error at line `line` of `path`.
  public init(path: String, line: Int, message: String) {
    self.location = FileLocation(path: path, line: line)
    self.message = message
  }

  /// `FILE:LINE: what is wrong`.
  public var description: String { "\(location): \(message)" }
}
