import GlossCore

/// A gazetteer file or folder that could not be read.
public struct GazetteerError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file or folder.
  public var location: FileLocation
  /// What went wrong.
  public var message: String
  /// The failed system call, when the file or folder could not be read at all.
  public var fileSystemError: FileSystemError?

  /// Creates an error about the file or folder at `path`.
  public init(path: String, message: String) {
    self.location = FileLocation(path: path)
    self.message = message
  }

  /// Creates an error from the system call that failed.
  public init(reading error: FileSystemError) {
    self.init(path: error.path, message: error.description)
    fileSystemError = error
  }

  /// `path: message`.
  public var description: String { "\(location): \(message)" }
}
