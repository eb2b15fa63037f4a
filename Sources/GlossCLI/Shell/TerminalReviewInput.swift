import GlossShell
import LineEditing

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
