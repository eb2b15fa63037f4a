import GlossCore

/// A model file that cannot be read: where it is and what is wrong with it.
public struct ModelFileError: Error, Sendable, CustomStringConvertible {
  /// The file, and the line when the problem is in its text header.
  public var location: FileLocation
  /// What is wrong.
  public var message: String
  /// The failed system call, when the file could not be read at all.
  public var fileSystemError: FileSystemError?

  /// Creates an error at `location`.
  public init(at location: FileLocation, message: String) {
    self.location = location
    self.message = message
  }

  /// Creates an error about the file at `path` as a whole.
  public init(path: String, message: String) {
    self.init(at: FileLocation(path: path), message: message)
  }

  /// Creates an error from the system call that failed; `what` names the
  /// file's role, as in `model file`.
  public init(reading error: FileSystemError, what: String) {
    self.init(path: error.path, message: "cannot read the \(what) (\(error))")
    fileSystemError = error
  }

  /// `PATH: MESSAGE`, or `PATH:LINE:COLUMN: MESSAGE`.
  public var description: String { "\(location): \(message)" }
}
