import GlossCore

/// A CoNLL-U file could not be read or is malformed.
///
/// The error names the file and the 1-based line, so a user can go straight
/// to the problem (`sed -n LINEp FILE`).
public struct CoNLLUError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of problem was found. New kinds may be added later.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Value: Hashable, Sendable {
      case unreadableFile
      case invalidUTF8
      case wrongColumnCount
      case invalidID
      case invalidHead
    }

    private let value: Value

    private init(_ value: Value) { self.value = value }

    /// The file could not be opened or read.
    public static let unreadableFile = Code(.unreadableFile)
    /// A line is not well-formed UTF-8.
    public static let invalidUTF8 = Code(.invalidUTF8)
    /// A word line does not have exactly ten tab-separated columns.
    public static let wrongColumnCount = Code(.wrongColumnCount)
    /// The ID column is not an integer, a range `n-m` or a decimal `n.m`.
    public static let invalidID = Code(.invalidID)
    /// The HEAD column of a word is neither an integer nor `_`.
    public static let invalidHead = Code(.invalidHead)

    /// The message a person reads.
    public var description: String {
      switch value {
      case .unreadableFile: return "unreadable file"
      case .invalidUTF8: return "invalid UTF-8"
      case .wrongColumnCount: return "wrong column count"
      case .invalidID: return "invalid ID"
      case .invalidHead: return "invalid HEAD"
      }
    }
  }

  /// The kind of problem.
  public var code: Code
  /// The file, as given to the reader, and the line of the offending line
  /// (no line for problems with the whole file).
  public var location: FileLocation
  /// A human-readable explanation.
  public var message: String

  /// Creates an error at `location`.
  public init(code: Code, at location: FileLocation, message: String) {
    self.code = code
    self.location = location
    self.message = message
  }

  /// Creates an error at line `line` of `path`, or about the whole file when `line` is `nil`.
  public init(code: Code, path: String, line: Int?, message: String) {
    self.init(code: code, at: FileLocation(path: path, line: line), message: message)
  }

  /// `path:line: message` (`path: message` for the whole file).
  public var description: String { "\(location): \(message)" }
}
