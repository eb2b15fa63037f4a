/// The words after a shell command's name, consumed left to right, with
/// errors that point at the word concerned (or just past the line's end when
/// a word is missing).
public struct ShellArguments {
  /// The command's own word.
  let command: ShellWord
  private let words: [ShellWord]
  private var index = 0

  /// The command's syntax, for usage errors (from its configuration).
  public var usage: String

  /// Creates the arguments of `command`, whose syntax is `usage`.
  public init(command: ShellWord, words: [ShellWord], usage: String = "") {
    self.command = command
    self.words = words
    self.usage = usage
  }

  /// The syntax of the command's query form (`annotate query QUERY …`),
  /// the alternative of ``usage`` that starts with `NAME query`.
  var queryFormUsage: String {
    usage.components(separatedBy: " | ").first { $0.hasPrefix(command.text + " query") } ?? usage
  }

  /// Whether the command is in its query form (`annotate query …`): the
  /// next word is an unquoted `query`.
  var isQueryForm: Bool { peek.map { !$0.isQuoted && $0.text == "query" } ?? false }

  /// Whether every word was consumed.
  var isEmpty: Bool { index >= words.count }

  /// The next word, without consuming it.
  var peek: ShellWord? { isEmpty ? nil : words[index] }

  /// Every word not yet consumed.
  var remaining: [ShellWord] { Array(words[index...]) }

  /// Consumes and returns the next word, if any.
  mutating func take() -> ShellWord? {
    guard !isEmpty else { return nil }
    defer { index += 1 }
    return words[index]
  }

  /// Consumes the next word, or fails saying what was expected there.
  mutating func next(_ expected: String) throws(ShellError) -> ShellWord {
    guard let word = take() else {
      throw ShellError("\(command.text) needs \(expected)", column: endColumn)
    }
    return word
  }

  /// Consumes the next word if it is the unquoted keyword `keyword`.
  mutating func takeKeyword(_ keyword: String) -> Bool {
    guard let word = peek, !word.isQuoted, word.text == keyword else { return false }
    index += 1
    return true
  }

  /// Fails if words are left over, showing the command's usage.
  func finish() throws(ShellError) {
    try finish(usage: usage)
  }

  /// Fails if words are left over, showing `usage`.
  func finish(usage: String) throws(ShellError) {
    guard let extra = peek else { return }
    throw ShellError("unexpected '\(extra.text)'; usage: \(usage)", at: extra)
  }

  /// The column just past the last word, where a missing word would go.
  var endColumn: Int {
    let last = words.last ?? command
    return last.column + last.width + 1
  }
}
