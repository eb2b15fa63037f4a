import GlossCore

/// Runs a notebook's blocks of commands in order in one shell session and
/// records what each printed as its output.
///
/// Output is plain (no colour) and in the session's format (`set format json`
/// applies to the blocks after it). A command that fails ends its block: the
/// error, with a caret under the word, is the block's last output, and the
/// next block runs. A block that fails when it is not marked `expect-error`
/// (or one so marked that does not fail) is a failure of the run.
public struct NotebookRunner {
  /// A block that did not do what it was meant to.
  public struct Failure: Sendable {
    /// The block's line (Markdown) or cell number (Jupyter).
    public var line: Int
    /// What happened.
    public var message: String
  }

  /// The session the blocks run in.
  public var interpreter: ShellInterpreter

  /// Creates a runner; commits are written when the notebook says `commit`.
  public init(interpreter: ShellInterpreter) {
    self.interpreter = interpreter
    self.interpreter.defersCommits = false
    self.interpreter.settings.color = false
  }

  /// Runs every block of `notebook` and returns it with the new outputs,
  /// and the blocks that failed.
  public mutating func run(_ notebook: Notebook) -> (notebook: Notebook, failures: [Failure]) {
    var result = notebook
    var failures: [Failure] = []
    for (index, cell) in notebook.commandCells {
      var failedMessage: String?
      let commands = ShellScript(source: cell.source).commands
      let buffer = BufferedOutput()
      let previousOutput = interpreter.output
      interpreter.output = buffer
      let lines = ScriptLines(commands)
      interpreter.reviewInput = lines
      while let command = lines.next() {
        do throws(ShellError) {
          let result = try interpreter.execute(command.text)
          interpreter.print(result)
        } catch {
          failedMessage = error.message
          buffer.note(Self.describe(error, in: command))
          break
        }
        if interpreter.wantsToQuit { break }
      }
      interpreter.output = previousOutput
      let output = buffer.transcriptText
      let trimmed = Self.trimmingTrailingSpaces(output)
      result.cells[index].output = trimmed.isEmpty ? nil : trimmed
      if let failedMessage, !cell.expectsError {
        failures.append(Failure(line: cell.line, message: failedMessage))
      } else if failedMessage == nil && cell.expectsError {
        failures.append(Failure(line: cell.line, message: "the block is marked expect-error but did not fail"))
      }
      if interpreter.wantsToQuit { break }
    }
    return (result, failures)
  }

  /// `text` with `\n` line ends (a CSV export writes `\r\n`) and without
  /// spaces at the ends of its lines (table padding), so editors that trim
  /// them do not make a notebook look changed.
  static func trimmingTrailingSpaces(_ text: String) -> String {
    text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
      .map { line in String(line.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) }
      .joined(separator: "\n")
  }

  /// An error as a block shows it: the message, and the command's line with
  /// a caret under the word concerned.
  static func describe(_ error: ShellError, in command: ShellScript.Command) -> String {
    guard let column = error.column else { return "error: \(error.message)" }
    let place = command.location(ofColumn: column)
    var shown = error
    shown.column = place.column
    let index = command.lines.firstIndex { $0.number == place.line } ?? 0
    return shown.rendered(line: command.source[index], style: Style.plain)
  }
}
