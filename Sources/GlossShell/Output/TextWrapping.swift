import GlossCore

/// Wraps text at spaces for reading in a terminal or a notebook.
public enum TextWrapping {
  /// `text` broken at spaces into lines of at most `width` display columns
  /// (a longer word gets a line of its own), each line prefixed by `indent`.
  static func wrap(_ text: String, width: Int, indent: String = "") -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let candidate = line.isEmpty ? String(word) : line + " " + word
      if !line.isEmpty && DisplayWidth.of(indent + candidate) > width {
        lines.append(indent + line)
        line = String(word)
      } else {
        line = candidate
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(indent + line) }
    return lines.joined(separator: "\n")
  }
}
