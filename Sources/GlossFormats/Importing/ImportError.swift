import GlossCore

/// Why an import was refused, with the file and line at fault.
///
/// When an import throws, nothing has been staged or written.
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The kinds of problem, for tests and callers that react to them.
  public enum Kind: Sendable, Hashable {
    /// The file or folder cannot be read, or is not UTF-8.
    case unreadable
    /// The file does not have the format's syntax (columns, JSON, XML).
    case syntax
    /// The file ends in the middle of something.
    case truncated
    /// No corpus document has this id or text.
    case unknownDocument
    /// The text in the file is not the corpus document's text.
    case textMismatch
    /// An offset falls outside the text or inside a character.
    case badOffset
    /// The layer, label or attributes are not in the corpus scheme.
    case invalidSpan
    /// The XML declares a DTD or entities, which are refused.
    case forbiddenXML
  }

  /// What went wrong.
  public var kind: Kind
  /// The file and line at fault.
  public var location: FileLocation
  /// A sentence for people.
  public var message: String
  /// The failed system call, when the file or folder could not be read at all.
  public var fileSystemError: FileSystemError?
  /// Why the corpus refused a span, for ``Kind/badOffset`` and ``Kind/invalidSpan``
  /// errors found by checking spans against the corpus.
  public var spanValidationError: SpanValidationError?

  /// Creates an error.
  public init(_ kind: Kind, at location: FileLocation, _ message: String) {
    self.kind = kind
    self.location = location
    self.message = message
  }

  /// Creates an error at `path`, line `line`.
  public init(_ kind: Kind, path: String, line: Int, _ message: String) {
    self.init(kind, at: FileLocation(path: path, line: line), message)
  }

  /// Creates an ``Kind/unreadable`` error from the system call that failed;
  /// `message` says what was being read, as in `cannot read`.
  public init(reading error: FileSystemError, _ message: String) {
    self.init(.unreadable, at: FileLocation(path: error.path), "\(message): \(error)")
    fileSystemError = error
  }

  /// Creates a ``Kind/badOffset`` or ``Kind/invalidSpan`` error for a span
  /// of document `documentID` that the corpus refused.
  public init(_ error: SpanValidationError, documentID: String, at location: FileLocation) {
    let kind: Kind
    switch error {
    case .outOfBounds, .emptyRange: kind = .badOffset
    default: kind = .invalidSpan
    }
    self.init(kind, at: location, "\(documentID): \(error)")
    spanValidationError = error
  }

  /// `path:line: message` (`path: message` for a whole file).
  public var description: String { "\(location): \(message)" }
}
