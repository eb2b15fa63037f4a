import GlossShell
import LineEditing

#if canImport(Glibc)
  import Glibc
#endif

/// Shows long output through `$PAGER` (default `less -FRX`) when standard
/// output is a terminal and the text is taller than it.
enum Pager {
  /// The rows assumed when the terminal does not say.
  static let fallbackRows = 24

  /// Pages `text` and returns `true`, or returns `false` when it should be
  /// printed directly (not a terminal, short enough, or no pager runs).
  static func show(_ text: String) -> Bool {
    guard Console.isOutputTerminal else { return false }
    let rows = Terminal.height(of: STDOUT_FILENO) ?? fallbackRows
    let lines = text.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    guard lines >= rows - 1 else { return false }
    let command = getenv("PAGER").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "less -FRX"
    guard let pipe = popen(command, "w") else { return false }
    _ = text.withCString { fputs($0, pipe) }
    pclose(pipe)
    return true
  }
}
