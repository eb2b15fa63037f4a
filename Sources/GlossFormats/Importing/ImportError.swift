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
  /// Where.
  public var location: ImportLocation
  /// A sentence for people.
  public var message: String

  /// Creates an error.
  public init(_ kind: Kind, at location: ImportLocation, _ message: String) {
    self.kind = kind
    self.location = location
    self.message = message
  }

  /// Creates an error at `path`, line `line`.
  public init(_ kind: Kind, path: String, line: Int, _ message: String) {
    self.init(kind, at: ImportLocation(path: path, line: line), message)
  }

  /// `path:line: message`.
  public var description: String { "\(location): \(message)" }
}
