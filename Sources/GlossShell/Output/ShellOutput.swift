/// Where the command language writes: results for the person or program
/// reading them, and notes to the person.
///
/// The interpreter, `review`, exports, scripts and notebooks write only
/// through this, never to a file descriptor, so one command runs the same
/// in a terminal (the CLI's implementation writes results to standard
/// output and notes to standard error), in a notebook and in a test (a
/// ``BufferedOutput`` keeps both in order).
public protocol ShellOutput: AnyObject {
  /// Writes part of a result: a command's text, JSON or CSV, an export
  /// streamed to standard output.
  func write(_ bytes: [UInt8])
  /// Tells the person something beside the result: a warning, what a
  /// format could not hold, a commit made. `text` is one or more lines
  /// without the final newline.
  func note(_ text: String)
  /// The width that concordance tables are fitted to, or `nil` when the
  /// output is no terminal (files, pipes and notebooks get whole contexts).
  var columns: Int? { get }
  /// Shows a long text a page at a time where the output can (a terminal
  /// with a pager) and returns whether it did; otherwise the caller writes it.
  func page(_ text: String) -> Bool
  /// A display of a long task's progress, or `nil` where nothing is shown.
  func progress(_ title: String, total: Int, unit: String) -> (any ProgressDisplay)?
}

/// The progress of one long task, as a ``ShellOutput`` shows it.
public protocol ProgressDisplay: AnyObject {
  /// One more unit done.
  func advance()
  /// The task is over; the display is cleared or completed.
  func finish()
}

extension ShellOutput {
  /// Writes `text` as UTF-8.
  public func write(_ text: String) {
    write(Array(text.utf8))
  }
}
