import GlossShell
import LineEditing

#if canImport(Glibc)
  import Glibc
#endif

/// The command language's output on this process's terminal streams:
/// results to standard output (long tables through the pager), notes to
/// standard error, progress bars on standard error when it is a terminal.
final class TerminalOutput: ShellOutput {
  /// Creates the output of this process.
  init() {}

  func write(_ bytes: [UInt8]) {
    Console.writeOutput(bytes)
  }

  func note(_ text: String) {
    Console.writeError(text)
  }

  /// The width of the terminal on standard output, or `nil` when standard
  /// output is not a terminal (pipes and files get whole contexts).
  var columns: Int? { Console.isOutputTerminal ? Terminal.width(of: STDOUT_FILENO) : nil }

  func page(_ text: String) -> Bool {
    Pager.show(text)
  }

  func progress(_ title: String, total: Int, unit: String) -> (any ProgressDisplay)? {
    Console.isErrorTerminal ? Bar(ProgressReporter(title, total: total, unit: unit)) : nil
  }

  /// A ``ProgressReporter`` as a ``ProgressDisplay``.
  private final class Bar: ProgressDisplay {
    private var reporter: ProgressReporter

    init(_ reporter: ProgressReporter) {
      self.reporter = reporter
    }

    func advance() { reporter.advance() }
    func finish() { reporter.finish() }
  }
}
