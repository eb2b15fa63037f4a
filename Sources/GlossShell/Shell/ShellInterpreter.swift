import GlossCore
import GlossQuery
import GlossTaggers

/// Runs commands of the shell language — the one language of the REPL,
/// scripts and notebooks — against an annotation session.
///
/// Commands that change annotations stage their change in the session;
/// `commit` writes everything staged as one revision.
public struct ShellInterpreter {
  /// The session edits go through.
  public var session: AnnotationSession
  /// The options `set` changes.
  public var settings: ShellSettings
  /// Polled by long-running commands; when it says yes they stop.
  public var isCancelled: @Sendable () -> Bool = { false }
  /// Set by `quit`.
  public private(set) var wantsToQuit = false
  /// Whether `commit` writes at once (the REPL) or only records the message
  /// for the script's single revision (scripts).
  var defersCommits = false
  /// The message of the last deferred `commit`.
  private(set) var deferredCommitMessage: String?
  /// Where `review` reads its keys (a terminal, or a script's next lines).
  public var reviewInput: (any ReviewInput)?
  /// Where results and notes go: a terminal, a notebook's block, a test's buffer.
  public var output: any ShellOutput
  /// The entity model `review --uncertain` orders by, given the corpus
  /// root: the corpus's newest `Models/entities-r<REVISION>.glossmodel`,
  /// else the shipped one, else none (text order).
  var uncertaintyModel: (String) -> String? = { root in
    ModelCatalog.newestCorpusModel(layer: "entities", corpusRoot: root) ?? ModelCatalog.shipped(ModelCatalog.entities)
  }
  /// The query engine, built by the first query (see `ShellInterpreter+Query`).
  public var queryEngine: QueryEngine?
  /// The syntax models, loaded by the first `tag` that computes syntax.
  var syntaxTagging: SyntaxTagging?
  /// The command line being executed, for commands that read it raw (queries).
  private(set) var currentLine = ""

  /// Creates an interpreter over `session` that writes to `output`.
  public init(session: AnnotationSession, settings: ShellSettings, output: any ShellOutput = BufferedOutput()) {
    self.session = session
    self.settings = settings
    self.output = output
  }

  /// The columns concordance tables are fitted to: the settings' fixed
  /// width, else the output's (a terminal's width), else none.
  var outputColumns: Int? { settings.fixedOutputColumns ?? output.columns }

  /// Writes a command's output in the session's format.
  public func print(_ result: CommandOutput) {
    ShellPrinter.print(result, format: settings.format, to: output)
  }

  /// The corpus being worked on.
  public var corpus: Corpus { session.corpus }

  /// Runs one command line (which may span several physical lines) and
  /// returns its output. An empty line or a comment does nothing.
  public mutating func execute(_ line: String) throws(ShellError) -> CommandOutput {
    let words = try ShellLexer.words(line)
    guard let name = words.first else { return .empty }
    currentLine = line
    guard !name.isQuoted, let command = ShellCommands.named(name.text) else {
      let suggestion = NearestName.suggestion(for: name.text, among: ShellCommands.names)
      throw ShellError(
        "unknown command '\(name.text)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
          + "; `help` lists the commands",
        at: name)
    }
    var arguments = ShellArguments(command: name, words: Array(words.dropFirst()), usage: command.configuration.usage)
    return try command.run(&arguments, in: &self)
  }

  /// `quit` (or `exit`): ends the session's loop.
  mutating func quit(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    try arguments.finish()
    wantsToQuit = true
    return .empty
  }

  // MARK: - Shared argument handling

  /// The document a word names.
  func document(_ word: ShellWord) throws(ShellError) -> Document {
    do {
      return try session.document(word.text)
    } catch {
      throw ShellError(ErrorAdvice.shell.message(for: error), at: word)
    }
  }

  /// A `LAYER:LABEL` word, checked against the scheme.
  func label(_ word: ShellWord) throws(ShellError) -> (layer: String, label: String) {
    let parts = word.text.split(separator: ":", maxSplits: 1).map(String.init)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
      throw ShellError("expected LAYER:LABEL such as entity:PERSON, not '\(word.text)'", at: word)
    }
    let probe = Span(id: "", layer: parts[0], label: parts[1], start: 0, end: 1, annotator: "", status: .accepted)
    do {
      try probe.validateLabels(scheme: corpus.scheme)
    } catch {
      switch error {
      case .unknownLayer, .unknownLabel: throw ShellError(error.description, at: word)
      default: break  // missing attributes are checked when the span is made
      }
    }
    return (parts[0], parts[1])
  }

  /// A whole number word.
  func number(_ word: ShellWord, _ what: String) throws(ShellError) -> Int {
    guard let value = Int(word.text), value >= 0 else {
      throw ShellError("expected \(what) (a whole number), not '\(word.text)'", at: word)
    }
    return value
  }

  /// Runs a session operation, turning its errors into shell errors that
  /// point at `word`.
  func attempt<Result>(at word: ShellWord?, _ body: () throws(StoreError) -> Result) throws(ShellError) -> Result {
    do {
      return try body()
    } catch {
      throw ShellError(ErrorAdvice.shell.message(for: error), at: word)
    }
  }

  /// Mutating variant of ``attempt(at:_:)``.
  mutating func attemptEdit<Result>(
    at word: ShellWord?, _ body: (inout AnnotationSession) throws(StoreError) -> Result
  ) throws(ShellError) -> Result {
    do {
      return try body(&session)
    } catch {
      throw ShellError(ErrorAdvice.shell.message(for: error), at: word)
    }
  }

  /// The path `word` names, once it is checked against the folders a
  /// script or notebook may write in.
  func writablePath(_ word: ShellWord) throws(ShellError) -> String {
    guard let confinement = settings.writeConfinement else { return word.text }
    return try confinement.check(word.text, at: word)
  }

  /// The style for output to people.
  public var style: Style { settings.style }

  /// Replaces the session's annotator when `set annotator` changes it.
  mutating func setAnnotator(_ name: String) {
    settings.annotator = name
    session.annotator = name
  }

  /// Records a deferred commit message (scripts).
  mutating func deferCommit(message: String) {
    deferredCommitMessage = message
  }
}
