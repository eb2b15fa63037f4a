/// A notebook could not be read, run or written.
public struct NotebookError: Error, Sendable, CustomStringConvertible {
  /// What went wrong, naming the file and line where it helps.
  public var description: String

  /// Creates an error with a message.
  init(_ description: String) {
    self.description = description
  }
}
