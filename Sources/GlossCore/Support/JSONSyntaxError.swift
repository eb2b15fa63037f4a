/// JSON text that does not follow RFC 8259, with the place where reading stopped.
///
/// The line and column point a person at the problem in an editor, and the
/// byte offset lets tools seek straight to it.
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

  /// The position and message, such as
  /// `line 3, column 14: expected ',' or '}' after an object member`.
  package var description: String {
    "line \(line), column \(column): \(message)"
  }
}
