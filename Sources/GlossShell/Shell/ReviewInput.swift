/// Where the shell's `review` reads its decisions: single keys, and a line
/// for the new label of `l`.
public protocol ReviewInput: AnyObject {
  /// One key, or `nil` at the end of input or on Ctrl-C (which end the review).
  func readKey(prompt: String) -> Character?
  /// One line, or `nil` at the end of input or on Ctrl-C; Tab completes
  /// words from `vocabulary` where the input is a terminal.
  func readLine(prompt: String, vocabulary: [String]) -> String?
}

/// The commands of a script, read one at a time; `review` takes its keys
/// from the lines that follow it (the first character of each line, blank
/// lines and comments skipped), and the label of `l` from the next line.
public final class ScriptLines: ReviewInput {
  private let commands: [ShellScript.Command]
  private var index = 0

  init(_ commands: [ShellScript.Command]) {
    self.commands = commands
  }

  /// The next command, if any.
  func next() -> ShellScript.Command? {
    guard index < commands.count else { return nil }
    defer { index += 1 }
    return commands[index]
  }

  /// The next key: the first character of the next line that is not blank or a comment.
  public func readKey(prompt: String) -> Character? {
    while let command = next() {
      let text = command.text.drop { $0 == " " || $0 == "\t" }
      guard let first = text.first, first != "#" else { continue }
      return first
    }
    return nil
  }

  /// The next line's first word.
  public func readLine(prompt: String, vocabulary: [String]) -> String? {
    guard let command = next() else { return nil }
    return String(command.text.drop { $0 == " " || $0 == "\t" }.prefix { $0 != " " && $0 != "\t" && $0 != "#" })
  }
}
