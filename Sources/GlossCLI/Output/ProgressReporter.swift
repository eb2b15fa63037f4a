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
      Self.line(
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
        + Self.line(
          title: title, completed: completed, total: total, unit: unit, elapsed: elapsedSeconds,
          width: Self.terminalWidth()) + "\u{1B}[K")
  }

  /// One line of progress, at most `width` columns:
  /// `tag  [#########-----------]  45/100  45%  12.3 docs/s  ETA 0:04`.
  static func line(title: String, completed: Int, total: Int?, unit: String, elapsed: Double, width: Int) -> String {
    let rate = elapsed > 0 ? Double(completed) / elapsed : 0
    var counts = total.map { "\(completed)/\($0)" } ?? "\(completed)"
    if let total, total > 0 { counts += "  \(completed * 100 / total)%" }
    var tail = "  \(counts)  \(formatRate(rate)) \(unit)/s"
    if let total, completed < total, rate > 0 {
      tail += "  ETA " + formatDuration(Double(total - completed) / rate)
    } else if let total, completed >= total {
      tail += "  " + formatDuration(elapsed)
    }
    guard let total, total > 0 else { return String((title + tail).prefix(width)) }
    let barWidth = max(10, min(40, width - DisplayWidth.of(title) - DisplayWidth.of(tail) - 5))
    let filled = min(barWidth, completed * barWidth / total)
    let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]"
    return String((title + "  " + bar + tail).prefix(width))
  }

  /// `12.3`, `1,234`, `5.1k`.
  static func formatRate(_ rate: Double) -> String {
    if rate >= 10_000 {
      return String(Int((rate / 100).rounded()) / 10) + "." + String(Int((rate / 100).rounded()) % 10) + "k"
    }
    if rate >= 100 { return String(Int(rate.rounded())) }
    let tenths = Int((rate * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// `0:04`, `12:30`, `1:02:03`.
  static func formatDuration(_ seconds: Double) -> String {
    let total = Int(seconds.rounded(.up))
    let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
    let padded = secs < 10 ? "0\(secs)" : "\(secs)"
    if hours > 0 { return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(padded)" }
    return "\(minutes):\(padded)"
  }

  /// The columns assumed when standard error's terminal does not say.
  static let fallbackWidth = 80

  /// The columns of the terminal on standard error (``fallbackWidth`` when unknown).
  static func terminalWidth() -> Int {
    Terminal.width(of: STDERR_FILENO) ?? fallbackWidth
  }
}
