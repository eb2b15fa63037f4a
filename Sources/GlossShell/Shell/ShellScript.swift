/// The commands of a script: physical lines joined where a command continues
/// (trailing `\`, open quote or bracket), each command with the line it
/// starts on, so errors can name file, line and column.
public struct ShellScript {
  /// One command and where it came from.
  struct Command {
    /// The command text; continued lines are joined with a newline (a
    /// trailing backslash is dropped and joined with a space).
    var text: String
    /// For each physical line: its 1-based line number and the scalar offset
    /// in ``text`` where it begins.
    var lines: [(number: Int, offset: Int)]
    /// The physical lines as written, for showing errors.
    var source: [String] = []
    /// The number of scalars in ``text``, kept as lines are added.
    var scalarCount = 0
    /// Whether ``text`` needs another line, kept as lines are added.
    var continuation = ShellContinuation()

    /// The file line and column of a 1-based column of ``text``.
    func location(ofColumn column: Int) -> (line: Int, column: Int) {
      let offset = column - 1
      let segment = lines.last { $0.offset <= offset } ?? lines[0]
      return (segment.number, offset - segment.offset + 1)
    }
  }

  /// The commands, in order.
  var commands: [Command] = []

  /// Splits `source` into commands.
  init(source: String) {
    var current: Command?
    var number = 0
    var remaining = Substring(source)
    while !remaining.isEmpty {
      number += 1
      let line: Substring
      if let newline = remaining.firstIndex(of: "\n") {
        line = remaining[..<newline]
        remaining = remaining[remaining.index(after: newline)...]
      } else {
        line = remaining
        remaining = ""
      }
      var text = String(line)
      if text.hasSuffix("\r") { text.removeLast() }
      var command = current ?? Command(text: "", lines: [])
      current = nil
      command.lines.append((number, command.scalarCount))
      command.text += text
      command.scalarCount += text.unicodeScalars.count
      command.source.append(text)
      command.continuation.feed(text)
      if command.continuation.needsMore {
        if command.text.hasSuffix("\\") {
          command.text.removeLast()
          command.text += " "
          command.continuation.dropTrailingBackslash()
          command.continuation.feed(" ")
        } else {
          command.text += "\n"
          command.continuation.feed("\n")
        }
        command.scalarCount += 1
        current = command
      } else {
        commands.append(command)
        current = nil
      }
    }
    if let unfinished = current { commands.append(unfinished) }
  }
}
