/// A source of input lines for an interactive session.
///
/// The REPL talks only to this protocol. ``EditLineReader`` implements it with
/// line editing, history and completion on a terminal; ``StreamLineReader``
/// reads plain lines from a pipe or a file. Choose between them with
/// ``Terminal/isStandardInputInteractive``.
///
/// Implementations are reference types that own operating-system resources
/// and are used from one thread.
public protocol LineReader: AnyObject {
  /// Reads one line.
  ///
  /// Blocks the calling thread until a line is entered, the line is
  /// interrupted, or input ends. Call it from a synchronous context, not from
  /// a task on the cooperative thread pool.
  ///
  /// - Parameter prompt: The text shown before the input. It may differ from
  ///   call to call, for example a continuation prompt for a command that
  ///   spans several lines. Readers that do not display prompts ignore it.
  /// - Returns: The line without its line terminator, or why there is none.
  func readLine(prompt: String) -> LineReadResult

  /// Records an entered line in the history, if the reader keeps one.
  ///
  /// The caller decides what goes into history: for a command spread over
  /// several lines it can add the whole command once. Empty lines are ignored.
  ///
  /// - Parameter line: The text to remember.
  func addHistory(_ line: String)
}
