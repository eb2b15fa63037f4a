import LineEditing

/// Where the shell's `review` reads its decisions: single keys, and a line
/// for the new label of `l`.
protocol ReviewInput: AnyObject {
  /// One key, or `nil` at the end of input or on Ctrl-C (which end the review).
  func readKey(prompt: String) -> Character?
  /// One line, or `nil` at the end of input or on Ctrl-C; Tab completes
  /// words from `vocabulary` where the input is a terminal.
  func readLine(prompt: String, vocabulary: [String]) -> String?
}

/// The words Tab completes at a prompt that is not a shell command line
/// (the new label of `review`'s `l`), shared by the prompt and the REPL's
/// completer; `nil` while the shell's own completion applies.
final class PromptVocabulary {
  /// The words to complete from, or `nil`.
  var words: [String]?

  /// Runs `body` with `words` in force.
  func with<Result>(_ words: [String], _ body: () -> Result) -> Result {
    let saved = self.words
    self.words = words
    defer { self.words = saved }
    return body()
  }
}

/// Keys on a terminal: raw-mode single keys from ``KeyReader``, lines from
/// the REPL's line reader.
final class TerminalReviewInput: ReviewInput {
  private let keys: KeyReader
  private let lines: any LineReader
  private let vocabulary: PromptVocabulary

  init(keys: KeyReader, lines: any LineReader, vocabulary: PromptVocabulary) {
    self.keys = keys
    self.lines = lines
    self.vocabulary = vocabulary
  }

  func readKey(prompt: String) -> Character? {
    Console.writeOutput(Array(prompt.utf8))
    let key = keys.readKey()
    switch key {
    case .character(let character):
      Console.writeOutput(Array((character == "\n" ? "\n" : "\(character)\n").utf8))
      return character
    case .interrupt, .endOfInput:
      Console.writeOutput(Array("\n".utf8))
      return nil
    }
  }

  func readLine(prompt: String, vocabulary words: [String]) -> String? {
    let result = vocabulary.with(words) { lines.readLine(prompt: prompt) }
    if case .line(let line) = result { return line }
    return nil
  }
}

/// The commands of a script, read one at a time; `review` takes its keys
/// from the lines that follow it (the first character of each line, blank
/// lines and comments skipped), and the label of `l` from the next line.
final class ScriptLines: ReviewInput {
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

  func readKey(prompt: String) -> Character? {
    while let command = next() {
      let text = command.text.drop { $0 == " " || $0 == "\t" }
      guard let first = text.first, first != "#" else { continue }
      return first
    }
    return nil
  }

  func readLine(prompt: String, vocabulary: [String]) -> String? {
    guard let command = next() else { return nil }
    return String(command.text.drop { $0 == " " || $0 == "\t" }.prefix { $0 != " " && $0 != "\t" && $0 != "#" })
  }
}
