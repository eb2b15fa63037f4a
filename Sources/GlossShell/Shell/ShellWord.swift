/// One word of a shell command line, with where it stood, so errors can point
/// at it with a caret.
public struct ShellWord: Sendable, Hashable {
  /// The word with quotes removed and escapes resolved.
  var text: String
  /// The 1-based column (in characters of the line) where the word starts.
  var column: Int
  /// How many columns the word took in the line, quotes included.
  var width: Int
  /// Whether the word was quoted (so `"all"` is text, not the keyword `all`).
  var isQuoted: Bool

  /// Creates a word that stood at `column`, `width` columns wide.
  public init(text: String, column: Int, width: Int, isQuoted: Bool) {
    self.text = text
    self.column = column
    self.width = width
    self.isQuoted = isQuoted
  }
}
