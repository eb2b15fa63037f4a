/// A problem with a corpus file: which file, where in it, and what is wrong.
///
/// Descriptions follow the compiler convention `path:line:column: message`
/// (see ``FileLocation``), so editors can jump there.
public struct CorpusError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The kinds of problem, for tests and for front ends that add advice.
  public enum Kind: Hashable, Sendable {
    /// The corpus folder holds no `Corpus/` folder.
    case noCorpusFolder
    /// A file or folder cannot be read; ``CorpusError/fileSystemError`` says why.
    case unreadable
    /// A text file's name is not a valid document id.
    case invalidDocumentID
    /// A text file is not UTF-8.
    case invalidText
    /// A `.meta.json` file is not JSON, or not an object of plain fields.
    case invalidMetadata
    /// A `.meta.json` file has no text beside it.
    case orphanMetadata
    /// `scheme.json` is not a valid scheme.
    case invalidScheme
  }

  /// What kind of problem it is.
  public var kind: Kind
  /// The file or folder concerned, and where in it.
  public var location: FileLocation
  /// What is wrong.
  public var message: String
  /// The failed system call, when the file or folder could not be read at all.
  public var fileSystemError: FileSystemError?

  /// Creates an error at `location`.
  public init(_ kind: Kind, at location: FileLocation, message: String) {
    self.kind = kind
    self.location = location
    self.message = message
  }

  /// Creates an error about the whole file or folder at `path`.
  public init(_ kind: Kind, path: String, message: String) {
    self.init(kind, at: FileLocation(path: path), message: message)
  }

  /// Creates an ``Kind/unreadable`` error from the system call that failed.
  public init(reading error: FileSystemError) {
    self.init(.unreadable, path: error.path, message: error.description)
    fileSystemError = error
  }

  /// `path:line:column: message`.
  public var description: String { "\(location): \(message)" }
}
