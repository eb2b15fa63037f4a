/// A regular expression the query language cannot run: a syntax error, or
/// a feature its matcher does not have (back-references, look-around,
/// possessive quantifiers), with where in the pattern it is.
public struct QueryRegexError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong.
  public var message: String
  /// The 0-based scalar offset in the pattern.
  public var offset: Int

  init(_ message: String, at offset: Int) {
    self.message = message
    self.offset = offset
  }

  /// The message with the 1-based character of the pattern.
  public var description: String { "\(message) (character \(offset + 1) of the pattern)" }
}
