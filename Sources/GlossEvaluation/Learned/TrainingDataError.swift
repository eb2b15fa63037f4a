/// A gold file that cannot be read as training data.
public struct TrainingDataError: Error, Sendable, CustomStringConvertible {
  /// `FILE:LINE: what is wrong`.
  public var message: String

  /// Creates an error.
  public init(message: String) {
    self.message = message
  }

  /// The message.
  public var description: String { message }
}
