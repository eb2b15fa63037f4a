/// A place in a file that a diagnostic points at: the file, and as much of
/// the line, column and byte offset as is known.
///
/// Every error about a file (a corpus text, a store file, an import, a
/// model, a gazetteer) holds one, so they all name the place the same way:
/// ``description`` renders `path:line:column`, the form compilers use, which
/// editors and terminals turn into a jump to the spot.
public struct FileLocation: Hashable, Sendable, CustomStringConvertible {
  /// The file or folder, as the caller named it (relative paths stay relative).
  public var path: String
  /// The 1-based line; `nil` when the problem concerns the whole file.
  public var line: Int?
  /// The 1-based column on ``line``, counted in Unicode scalars; ignored without a line.
  public var column: Int?
  /// The offset in bytes (not scalars) from the start of the file, for
  /// problems found before the text could be split into lines, such as
  /// bytes that are not UTF-8 (`xxd -s OFFSET -l 16 FILE` shows them).
  public var byteOffset: Int?

  /// Creates a location in the file at `path`.
  public init(path: String, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil) {
    self.path = path
    self.line = line
    self.column = column
    self.byteOffset = byteOffset
  }

  /// `path:line:column`, leaving out what is not known: `path:line`, or
  /// just `path`. Without a line, a known byte offset is named instead, as
  /// `path: byte N`.
  public var description: String {
    guard let line else { return byteOffset.map { "\(path): byte \($0)" } ?? path }
    return column.map { "\(path):\(line):\($0)" } ?? "\(path):\(line)"
  }
}
