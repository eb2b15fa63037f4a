/// The outcome of ``LineReader/readLine(prompt:)``.
public enum LineReadResult: Sendable, Equatable {
  /// A line was entered. The text excludes the line terminator.
  case line(String)

  /// The user pressed Ctrl-C while editing; the partial line was discarded.
  ///
  /// The cursor is left on the prompt's line, so the caller usually prints a
  /// newline (or `^C` and a newline) before prompting again.
  case interrupted

  /// Input ended: Ctrl-D on an empty line, or end of file.
  case endOfInput
}
