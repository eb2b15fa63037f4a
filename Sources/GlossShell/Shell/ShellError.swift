import GlossCore

/// A command of the shell language failed: what went wrong, and where in the
/// line (a column and width to underline), with the source's name and line
/// number when it came from a script.
public struct ShellError: Error, Sendable, CustomStringConvertible {
  /// The full message.
  public var message: String
  /// The 1-based column the error points at, if it concerns one word.
  public var column: Int?
  /// How many columns to underline.
  public var width: Int = 1

  /// Creates an error, optionally pointing at `word`.
  init(_ message: String, at word: ShellWord? = nil) {
    self.message = message
    self.column = word?.column
    self.width = max(1, word?.width ?? 1)
  }

  /// Creates an error pointing at a column.
  init(_ message: String, column: Int?, width: Int = 1) {
    self.message = message
    self.column = column
    self.width = max(1, width)
  }

  /// The message a person reads.
  public var description: String { message }

  /// The error as shown to a person: the message, then the line with a caret
  /// under the offending word. `location` prefixes `file:line:column: `.
  public func rendered(line: String, location: String? = nil, style: Style) -> String {
    var prefix = ""
    if let location {
      prefix = column.map { "\(location):\($0): " } ?? "\(location): "
    }
    var text = prefix + style.red("error: ") + message
    if let column {
      let shownLine = SpanRendering.oneLine(line)
      let indent = DisplayWidth.of(String(String.UnicodeScalarView(shownLine.unicodeScalars.prefix(column - 1))))
      text +=
        "\n  " + shownLine + "\n  " + String(repeating: " ", count: indent)
        + style.red("^" + String(repeating: "~", count: width - 1))
    }
    return text
  }
}
