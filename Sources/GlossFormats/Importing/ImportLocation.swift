/// A place in an import file: its path and 1-based line.
public struct ImportLocation: Sendable, Hashable, CustomStringConvertible {
  /// The file.
  public var path: String
  /// The 1-based line (for XML, the line the element starts on).
  public var line: Int

  /// Creates a location.
  public init(path: String, line: Int) {
    self.path = path
    self.line = line
  }

  /// `path:line`.
  public var description: String { "\(path):\(line)" }
}
