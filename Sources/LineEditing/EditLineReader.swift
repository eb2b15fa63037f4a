import CLibEdit

#if canImport(Glibc)
  import Glibc
#endif

/// Reads lines from a terminal with libedit: editing, history, completion.
///
/// Built on libedit's native `histedit.h` API:
/// - Emacs key bindings, then the user's `~/.editrc` (or `$EDITRC`); lines
///   prefixed with the program name (`gloss:` by default) apply only here.
/// - Persistent history: loaded at start, rewritten after each
///   ``addHistory(_:)`` through a temporary file and a rename, bounded in
///   size, without consecutive duplicates. The file uses libedit's format.
/// - Ctrl-R searches the history incrementally, as in readline.
/// - Tab asks a ``Completer``: one candidate is inserted whole (followed by a
///   space unless it ends in `/`); several insert their longest common
///   prefix, or are listed in columns when there is nothing to insert; none
///   beeps.
/// - Ctrl-C discards the line (``LineReadResult/interrupted``); Ctrl-D on an
///   empty line ends input (``LineReadResult/endOfInput``). Window size
///   changes are handled by libedit.
///
/// Creating a reader switches `LC_CTYPE` to a UTF-8 locale (see
/// ``TerminalLocale``), without which libedit drops non-ASCII input.
///
/// Use one reader at a time, from one thread, with standard input on a
/// terminal; for other input use ``StreamLineReader``.
public final class EditLineReader: LineReader {
  /// The default number of history entries kept.
  public static let defaultHistorySize = 1000

  private let editLine: OpaquePointer
  private let history: OpaquePointer
  private let historyFile: String?
  private let completer: Completer?
  private var prompt: UnsafeMutablePointer<CChar>

  /// Creates a reader on the standard streams.
  ///
  /// - Parameters:
  ///   - programName: The name `~/.editrc` lines are prefixed with to apply
  ///     only to this program.
  ///   - historyFile: Where history is loaded from and saved to, such as
  ///     `<corpus>/.gloss_history`; `nil` keeps history in memory only. A
  ///     missing file is created on the first save; its directory must exist.
  ///   - historySize: The maximum number of entries kept.
  ///   - completer: Computes Tab completions; `nil` makes Tab beep.
  /// - Returns: `nil` when libedit cannot be initialised.
  public init?(
    programName: String = "gloss",
    historyFile: String? = nil,
    historySize: Int = EditLineReader.defaultHistorySize,
    completer: Completer? = nil
  ) {
    TerminalLocale.configureForUTF8()
    guard let editLine = cle_init(programName) else { return nil }
    guard let history = history_init() else {
      el_end(editLine)
      return nil
    }
    self.editLine = editLine
    self.history = history
    self.historyFile = historyFile
    self.completer = completer
    self.prompt = strdup("")
    configureHistory(size: historySize)
    configureEditor()
  }

  deinit {
    saveHistory()
    fflush(cle_stdout())
    el_end(editLine)
    history_end(history)
    free(prompt)
  }

  /// Reads one line, showing `prompt` before it.
  ///
  /// While reading, `SIGINT` gets a no-op handler without `SA_RESTART`, so
  /// Ctrl-C makes libedit return; the previous handler (for example the one
  /// from ``Interrupt/install()``) is restored afterwards.
  ///
  /// A Ctrl-C is honoured wherever it lands: during the wait for a key, or
  /// while libedit is busy between reads (drawing, echoing, completing).
  /// libedit draws the prompt before it switches the terminal to raw mode,
  /// so a Ctrl-D typed ahead of that moment meets the kernel's line
  /// discipline and is lost.
  ///
  /// - Parameter prompt: Plain text without escape sequences; use a different
  ///   prompt per call for continuation lines.
  /// - Returns: The entered line without its newline, or why there is none.
  public func readLine(prompt: String) -> LineReadResult {
    free(self.prompt)
    self.prompt = strdup(prompt)
    var count: Int32 = 0
    var readError: Int32 = 0
    let bytes = PromptSignals.withInterruptibleReads {
      let bytes = el_gets(editLine, &count)
      readError = errno
      return bytes
    }
    let sawInterrupt = PromptSignals.consumeInterrupt()
    fflush(cle_stdout())
    guard let bytes, count > 0 else {
      // Ctrl-C: NULL with count -1 (and EINTR). Ctrl-D or end of file:
      // count 0, with a stale errno. A read error gives -1 without a signal.
      if count < 0, readError == EINTR || sawInterrupt {
        return .interrupted
      }
      return .endOfInput
    }
    var line = String(
      decoding: UnsafeRawBufferPointer(start: bytes, count: Int(count)), as: UTF8.self)
    if line.hasSuffix("\n") {
      line.removeLast()
    }
    return .line(line)
  }

  /// Adds a line to the history and saves the history file.
  ///
  /// Lines that are empty or only whitespace are ignored, and so is a line
  /// equal to the previous entry.
  ///
  /// - Parameter line: The text to remember.
  public func addHistory(_ line: String) {
    guard line.contains(where: { !$0.isWhitespace }) else { return }
    cle_history_enter(history, line)
    saveHistory()
  }

  /// The history entries, newest first.
  public var historyEntries: [String] {
    var entries: [String] = []
    var entry = cle_history_first(history)
    while let current = entry {
      entries.append(String(cString: current))
      entry = cle_history_next(history)
    }
    return entries
  }

  /// Writes the history file now.
  ///
  /// The history is written to a temporary file next to the destination,
  /// which then replaces it with `rename(2)`, so a crash never leaves a
  /// half-written file. This happens automatically after each
  /// ``addHistory(_:)`` and when the reader is deinitialised.
  ///
  /// - Returns: `true` when saved, or when there is no history file.
  @discardableResult
  public func saveHistory() -> Bool {
    guard let historyFile else { return true }
    let temporary = "\(historyFile).\(getpid()).tmp"
    guard cle_history_save(history, temporary) >= 0 else {
      unlink(temporary)
      return false
    }
    guard rename(temporary, historyFile) == 0 else {
      unlink(temporary)
      return false
    }
    return true
  }

  // MARK: - Setup

  private func configureHistory(size: Int) {
    cle_history_set_size(history, Int32(clamping: max(size, 1)))
    cle_history_set_unique(history, 1)
    if let historyFile, access(historyFile, R_OK) == 0 {
      cle_history_load(history, historyFile)
    }
  }

  private func configureEditor() {
    cle_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
    cle_set_editor(editLine, "emacs")
    cle_set_signal(editLine, 1)
    cle_set_history(editLine, history)
    cle_set_prompt(editLine) { editLine in
      guard let reader = EditLineReader.owner(of: editLine) else { return nil }
      return reader.prompt
    }
    cle_add_function(
      editLine, "gloss-complete", "Complete the word before the cursor"
    ) { editLine, _ in
      guard let reader = EditLineReader.owner(of: editLine) else {
        return UInt8(CC_ERROR)
      }
      return UInt8(reader.complete())
    }
    cle_bind(editLine, "^I", "gloss-complete")
    cle_bind(editLine, "^R", "em-inc-search-prev")
    // The user's bindings come last, so they win.
    el_source(editLine, nil)
  }

  private static func owner(of editLine: OpaquePointer?) -> EditLineReader? {
    guard let editLine, let data = cle_get_clientdata(editLine) else {
      return nil
    }
    return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
  }

  // MARK: - Completion

  private func complete() -> Int32 {
    guard let completer, let info = el_line(editLine)?.pointee,
      let buffer = info.buffer, let cursor = info.cursor
    else { return CC_REFRESH_BEEP }
    let lineBeforeCursor = String(
      decoding: UnsafeRawBufferPointer(start: buffer, count: cursor - buffer),
      as: UTF8.self
    )
    let completions = completer(lineBeforeCursor)
    let candidates = completions.candidates
    guard !candidates.isEmpty, lineBeforeCursor.hasSuffix(completions.stem)
    else { return CC_REFRESH_BEEP }

    if candidates.count == 1, let only = candidates.first {
      let replacement = only.hasSuffix("/") ? only : only + " "
      replace(completions.stem, with: replacement)
      return CC_REFRESH
    }
    if replace(completions.stem, with: completions.commonPrefix) {
      return CC_REFRESH
    }
    list(candidates)
    return CC_REDISPLAY
  }

  /// Replaces the stem before the cursor; returns whether the line changed.
  @discardableResult
  private func replace(_ stem: String, with replacement: String) -> Bool {
    if replacement.hasPrefix(stem) {
      let rest = replacement.dropFirst(stem.count)
      guard !rest.isEmpty else { return false }
      return el_insertstr(editLine, String(rest)) == 0
    }
    // Candidates that do not extend the stem (say, another letter case)
    // replace it, but only when that does not lose text.
    guard replacement.count >= stem.count else { return false }
    el_deletestr(editLine, Int32(stem.unicodeScalars.count))
    return el_insertstr(editLine, replacement) == 0
  }

  private func list(_ candidates: [String]) {
    let width = Terminal.width(of: fileno(cle_stdout())) ?? 80
    let output = cle_stdout()
    fputs("\n", output)
    for row in ColumnLayout.rows(of: candidates, width: width) {
      fputs(row + "\n", output)
    }
    fflush(output)
  }
}
