/// Keystrokes as a terminal sends them, for ``PseudoTerminal/send(_:)``.
package enum TerminalKey {
  /// Return.
  package static let enter = "\r"
  /// The arrow keys (ANSI cursor sequences in normal cursor mode).
  package static let left = "\u{1B}[D"
  package static let right = "\u{1B}[C"
  package static let up = "\u{1B}[A"
  package static let down = "\u{1B}[B"
  /// Tab.
  package static let tab = "\t"
  /// Backspace (DEL, as most terminals send it).
  package static let backspace = "\u{7F}"
  /// Control keys.
  package static let controlA = "\u{01}"
  package static let controlC = "\u{03}"
  package static let controlD = "\u{04}"
  package static let controlE = "\u{05}"
  package static let controlR = "\u{12}"
}
