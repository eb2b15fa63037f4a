import GlossCore
import GlossShell
import LineEditing

#if canImport(Glibc)
  import Glibc
#endif

/// A progress bar for long batch work, on standard error: done and total,
/// a bar, the rate and the time remaining, redrawn in place at most ten
/// times a second — and nothing at all when standard error is not a
/// terminal, so logs and pipes stay clean.
///
/// The library never prints; the command that drives the work calls
/// ``advance(by:)`` (from a library callback, or its own loop).
struct ProgressReporter {
  /// What is being done (`tag`, `export conllu`).
  let title: String
  /// The number of items, when known.
  let total: Int?
  /// The unit of the rate (`docs`, `epochs`).
  let unit: String
  /// Whether anything is drawn.
  let isEnabled: Bool
  /// Items done so far.
  private(set) var completed = 0
  private let clock = ContinuousClock()
  private let started: ContinuousClock.Instant
  private var lastDrawn: ContinuousClock.Instant?
  private let write: (String) -> Void

  /// A reporter drawing on standard error when it is a terminal.
  init(_ title: String, total: Int?, unit: String = "items", isEnabled: Bool = Console.isErrorTerminal) {
    self.init(title, total: total, unit: unit, isEnabled: isEnabled) { text in
      Console.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }
  }

  /// A reporter writing through `write` (for tests).
  init(_ title: String, total: Int?, unit: String, isEnabled: Bool, write: @escaping (String) -> Void) {
    self.title = title
    self.total = total
    self.unit = unit
    self.isEnabled = isEnabled
    self.write = write
    started = clock.now
    if isEnabled { draw() }
  }

  /// Records `count` more items done, redrawing when due.
  mutating func advance(by count: Int = 1) {
    completed += count
    guard isEnabled else { return }
    let now = clock.now
    if let lastDrawn, now - lastDrawn < .milliseconds(100), completed != total { return }
    draw()
  }

  /// Prints a line above the bar (a message that should stay).
  func note(_ line: String) {
    guard isEnabled else {
      Console.writeError(line)
      return
    }
    write("\r\u{1B}[K" + line + (line.hasSuffix("\n") ? "" : "\n"))
    write(
      ProgressLine.line(
        title: title, completed: completed, total: total, unit: unit, elapsed: elapsedSeconds,
        width: Self.terminalWidth()))
  }

  /// Clears the bar: the work is done (or was abandoned).
  func finish() {
    guard isEnabled else { return }
    write("\r\u{1B}[K")
  }

  private var elapsedSeconds: Double {
    let elapsed = clock.now - started
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  }

  private mutating func draw() {
    lastDrawn = clock.now
    write(
      "\r"
        + ProgressLine.line(
          title: title, completed: completed, total: total, unit: unit, elapsed: elapsedSeconds,
          width: Self.terminalWidth()) + "\u{1B}[K")
  }

  /// The columns assumed when standard error's terminal does not say.
  static let fallbackWidth = 80

  /// The columns of the terminal on standard error (``fallbackWidth`` when unknown).
  static func terminalWidth() -> Int {
    Terminal.width(of: STDERR_FILENO) ?? fallbackWidth
  }
}
