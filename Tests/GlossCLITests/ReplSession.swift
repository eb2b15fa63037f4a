import GlossCore
import GlossTestSupport

/// The real `gloss` REPL on a pseudo-terminal, started in a temporary corpus
/// folder as a user would start it there.
///
/// Each session runs with a private `$HOME` (the `.home` folder inside the
/// corpus, so it goes when the corpus does and the user's `~/.editrc` never
/// applies), `GLOSS_ANNOTATOR=tester` and `NO_COLOR=1`. Output is matched
/// as text, never as exact screen bytes: the terminal echoes what is typed,
/// and libedit redraws the line with escape sequences.
final class ReplSession {
  typealias Key = TerminalKey

  static let prompt = "gloss> "
  static let continuationPrompt = "  ...> "

  /// The corpus the session works on.
  let corpus: TemporaryCorpus
  /// The terminal the REPL runs on.
  let terminal: PseudoTerminal
  /// What the REPL printed before its first prompt.
  private(set) var greeting = ""

  /// Starts `gloss` in `corpus`'s folder and waits for its first prompt.
  init(corpus: TemporaryCorpus) throws {
    self.corpus = corpus
    let home = corpus.root + "/.home"
    try FileSystem.createDirectory(atPath: home, intermediate: true)
    terminal = try PseudoTerminal(
      executable: GlossProcess.executablePath,
      environment: [
        "HOME": home,
        "TERM": "xterm",
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "GLOSS_ANNOTATOR": "tester",
        "NO_COLOR": "1",
      ],
      currentDirectory: corpus.root)
    greeting = try waitForPrompt()
  }

  /// Waits for `prompt`, then for libedit to switch the terminal to raw mode
  /// (keys typed before that meet the kernel's line discipline instead).
  ///
  /// - Returns: The output since the last match, up to and including the prompt.
  @discardableResult
  func waitForPrompt(_ prompt: String = ReplSession.prompt, timeout: Duration = .seconds(20)) throws -> String {
    let output = try terminal.expect(prompt, timeout: timeout)
    try terminal.waitForRawMode(timeout: timeout)
    return output
  }

  /// Types `keys` (a command and Enter) and returns the lines the command
  /// printed before the next prompt, without the echoed command line.
  @discardableResult
  func run(_ keys: String, timeout: Duration = .seconds(20)) throws -> [String] {
    try terminal.send(keys)
    return Self.lines(try waitForPrompt(timeout: timeout))
  }

  /// Presses Ctrl-D on an empty line and, if staged changes make the REPL
  /// ask what to do with them, answers with `answers` in turn (each is
  /// typed when the previous question's prompt is there).
  ///
  /// - Returns: The exit status, or `nil` if a signal ended the REPL.
  /// Leaves with Ctrl-D, then types each answer when its prompt shows: a
  /// one-letter answer as a single key (the quit question reads one key),
  /// a longer one as a line.
  func quit(answering answers: [(prompt: String, answer: String)] = []) throws -> Int32? {
    try terminal.send(Key.controlD)
    for (prompt, answer) in answers {
      try waitForPrompt(prompt)
      try terminal.send(answer.count == 1 ? answer : answer + Key.enter)
    }
    return try terminal.waitForExit(timeout: .seconds(20))
  }

  /// The lines of `output` between the echoed command line and the prompt.
  static func lines(_ output: String) -> [String] {
    let lines = output.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
    return Array(lines.dropFirst().dropLast())
  }
}
