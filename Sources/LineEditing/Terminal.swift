#if canImport(Glibc)
  import Glibc
#endif

/// Small queries about the terminal the process runs in.
public enum Terminal {
  /// Whether standard input is a terminal (as opposed to a pipe or a file).
  ///
  /// Use ``EditLineReader`` when this is `true`, ``StreamLineReader`` otherwise.
  public static var isStandardInputInteractive: Bool {
    isTerminal(STDIN_FILENO)
  }

  /// Whether standard output is a terminal.
  public static var isStandardOutputInteractive: Bool {
    isTerminal(STDOUT_FILENO)
  }

  /// Whether the file descriptor refers to a terminal.
  ///
  /// - Parameter fileDescriptor: An open file descriptor.
  /// - Returns: `true` when `isatty(2)` says so.
  public static func isTerminal(_ fileDescriptor: Int32) -> Bool {
    isatty(fileDescriptor) == 1
  }

  /// The width of the terminal in columns, from `TIOCGWINSZ`.
  ///
  /// - Parameter fileDescriptor: A descriptor open on the terminal; standard
  ///   output by default.
  /// - Returns: The column count, or `nil` when the descriptor is not a
  ///   terminal or reports a width of zero.
  public static func width(of fileDescriptor: Int32 = STDOUT_FILENO) -> Int? {
    size(of: fileDescriptor).flatMap { $0.columns > 0 ? $0.columns : nil }
  }

  /// The height of the terminal in rows, from `TIOCGWINSZ`.
  ///
  /// - Parameter fileDescriptor: A descriptor open on the terminal; standard
  ///   output by default.
  /// - Returns: The row count, or `nil` when the descriptor is not a
  ///   terminal or reports a height of zero.
  public static func height(of fileDescriptor: Int32 = STDOUT_FILENO) -> Int? {
    size(of: fileDescriptor).flatMap { $0.rows > 0 ? $0.rows : nil }
  }

  /// The size of the terminal in columns and rows, from `TIOCGWINSZ`: the
  /// one place Gloss asks the terminal for it.
  ///
  /// - Parameter fileDescriptor: A descriptor open on the terminal; standard
  ///   output by default.
  /// - Returns: The size as the terminal reports it (either may be zero
  ///   when it does not know), or `nil` when the descriptor is not a
  ///   terminal.
  public static func size(
    of fileDescriptor: Int32 = STDOUT_FILENO
  ) -> (columns: Int, rows: Int)? {
    var window = winsize()
    guard ioctl(fileDescriptor, UInt(TIOCGWINSZ), &window) == 0 else { return nil }
    return (Int(window.ws_col), Int(window.ws_row))
  }
}
