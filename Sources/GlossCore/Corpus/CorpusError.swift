/// A problem with a corpus file: which file, where in it, and what to do.
///
/// Descriptions follow the compiler convention `path:line:column: message`
/// (or `path: byte N: message` for encoding problems), so editors can jump there.
public struct CorpusError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file or folder concerned.
  public var path: String
  /// The 1-based line, when the problem is inside a text file.
  public var line: Int?
  /// The 1-based column on that line.
  public var column: Int?
  /// The byte offset from the start of the file, for encoding problems.
  public var byteOffset: Int?
  /// What is wrong and what to do about it.
  public var message: String

  /// Creates an error about `path`.
  public init(path: String, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.byteOffset = byteOffset
    self.message = message
  }

  public var description: String {
    var location = path
    if let line {
      location += ":\(line)"
      if let column { location += ":\(column)" }
    } else if let byteOffset {
      location += ": byte \(byteOffset)"
    }
    return "\(location): \(message)"
  }
}
