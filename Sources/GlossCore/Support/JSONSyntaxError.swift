/// JSON text that does not follow RFC 8259, with the place where reading stopped.
///
/// The line and column point a person at the problem in an editor, and the
/// byte offset lets tools seek straight to it. They count from the start of
/// the parsed bytes, which need not be a whole file: a reader that knows the
/// file turns them into a ``FileLocation`` with ``location(inFile:firstLine:)``.
package struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The 1-based line of the problem; lines end at LF, CR LF or a lone CR.
  package var line: Int
  /// The 1-based column of the problem, counted in Unicode scalars of its line.
  package var column: Int
  /// The offset of the problem in bytes from the start of the input.
  package var byteOffset: Int
  /// What is wrong, such as `unterminated string`.
  package var message: String

  /// Creates an error at a known position.
  package init(line: Int, column: Int, byteOffset: Int, message: String) {
    self.line = line
    self.column = column
    self.byteOffset = byteOffset
    self.message = message
  }

  /// Where the problem is in the file at `path`, when the parsed bytes
  /// start at the beginning of its line `firstLine` (1 for a whole file).
  ///
  /// The byte offset is kept only for a whole file: for bytes that start
  /// later it would count from the wrong place.
  package func location(inFile path: String, firstLine: Int = 1) -> FileLocation {
    FileLocation(
      path: path, line: firstLine - 1 + line, column: column, byteOffset: firstLine == 1 ? byteOffset : nil)
  }

  /// The position and message, such as
  /// `line 3, column 14: expected ',' or '}' after an object member`.
  package var description: String {
    "line \(line), column \(column): \(message)"
  }
}
