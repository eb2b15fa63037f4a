import GlossCore

/// A file or line is not a document of the project's JSON shape.
public struct ProjectJSONError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file, and the line (and column) when known.
  public var location: FileLocation
  /// What is wrong.
  public var message: String
  /// The failed system call, when the file or folder could not be read at all.
  public var fileSystemError: FileSystemError?

  /// Creates the error.
  public init(at location: FileLocation, _ message: String) {
    self.location = location
    self.message = message
  }

  /// Creates the error from the system call that failed; `message` says
  /// what was being read, as in `cannot read the gold folder`.
  public init(reading error: FileSystemError, _ message: String) {
    self.init(at: FileLocation(path: error.path), "\(message): \(error)")
    fileSystemError = error
  }

  /// `path:line:column: message`.
  public var description: String { "\(location): \(message)" }
}
