import GlossCore
import GlossQuery

/// Runs commands of the shell language — the one language of the REPL,
/// scripts and notebooks — against an annotation session.
///
/// Commands that change annotations stage their change in the session;
/// `commit` writes everything staged as one revision.
struct ShellInterpreter {
  /// The session edits go through.
  var session: AnnotationSession
  /// The options `set` changes.
  var settings: ShellSettings
  /// Polled by long-running commands; when it says yes they stop.
  var isCancelled: @Sendable () -> Bool = { false }
  /// Set by `quit`.
  private(set) var wantsToQuit = false
  /// Whether `commit` writes at once (the REPL) or only records the message
  /// for the script's single revision (scripts).
  var defersCommits = false
  /// The message of the last deferred `commit`.
  private(set) var deferredCommitMessage: String?
  /// Where `review` reads its keys (a terminal, or a script's next lines).
  var reviewInput: (any ReviewInput)?
  /// Where `review` shows each suggestion as it goes.
  var reviewOutput: (String) -> Void = { Console.writeOutput(Array($0.utf8)) }
  /// The entity model `review --uncertain` orders by, given the corpus
  /// root: the corpus's newest `Models/entities-r<REVISION>.glossmodel`,
  /// else the shipped one, else none (text order).
  var uncertaintyModel: (String) -> String? = { root in
    CorpusModels.newest(layer: "entities", corpusRoot: root) ?? ModelLocation.shipped("entities-en-ewt.glossmodel")
  }
  /// The query engine, built by the first query (see `ShellInterpreter+Query`).
  var queryEngine: QueryEngine?
  /// The command line being executed, for commands that read it raw (queries).
  private(set) var currentLine = ""

  /// Creates an interpreter over `session`.
  init(session: AnnotationSession, settings: ShellSettings) {
    self.session = session
    self.settings = settings
  }

  /// The corpus being worked on.
  var corpus: Corpus { session.corpus }

  /// Runs one command line (which may span several physical lines) and
  /// returns its output. An empty line or a comment does nothing.
  mutating func execute(_ line: String) throws(ShellError) -> CommandOutput {
    let words = try ShellLexer.words(line)
    guard let name = words.first else { return .empty }
    var arguments = ShellArguments(command: name, words: Array(words.dropFirst()))
    currentLine = line
    let queryForm = arguments.peek.map { !$0.isQuoted && $0.text == "query" } ?? false
    switch name.isQuoted ? "" : name.text {
    case "help": return try help(&arguments)
    case "docs": return try docs(&arguments)
    case "show": return try show(&arguments)
    case "tokens": return try tokens(&arguments)
    case "sentences": return try sentences(&arguments)
    case "annotate" where queryForm: return try annotateFromQuery(&arguments)
    case "remove" where queryForm, "relabel" where queryForm, "accept" where queryForm, "reject" where queryForm:
      return try editFromQuery(&arguments, command: name.text)
    case "annotate": return try annotate(&arguments)
    case "remove": return try remove(&arguments)
    case "relabel": return try relabel(&arguments)
    case "accept": return try review(&arguments, status: .accepted)
    case "reject": return try review(&arguments, status: .rejected)
    case "tag": return try tag(&arguments)
    case "review": return try reviewSuggestions(&arguments)
    case "query": return try query(&arguments)
    case "count": return try count(&arguments)
    case "let": return try letCommand(&arguments)
    case "explain": return try explain(&arguments)
    case "undo": return try undo(&arguments)
    case "status": return try status(&arguments)
    case "commit": return try commit(&arguments)
    case "log": return try log(&arguments)
    case "diff": return try diff(&arguments)
    case "restore": return try restore(&arguments)
    case "export": return try export(&arguments)
    case "timeline": return try timeline(&arguments)
    case "entities": return try entities(&arguments)
    case "cooccur": return try cooccur(&arguments)
    case "eval": return try evaluate(&arguments)
    case "render": return try render(&arguments)
    case "import": return try importSpans(&arguments)
    case "set": return try set(&arguments)
    case "quit", "exit":
      try arguments.finish(usage: "quit")
      wantsToQuit = true
      return .empty
    default:
      let suggestion = NearestName.suggestion(for: name.text, among: ShellCommandInfo.all.map(\.name))
      throw ShellError(
        "unknown command '\(name.text)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
          + "; `help` lists the commands",
        at: name)
    }
  }

  // MARK: - Shared argument handling

  /// The document a word names.
  func document(_ word: ShellWord) throws(ShellError) -> Document {
    do {
      return try session.document(word.text)
    } catch {
      throw ShellError(ErrorAdvice.message(for: error), at: word)
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
      throw ShellError(ErrorAdvice.message(for: error), at: word)
    }
  }

  /// Mutating variant of ``attempt(at:_:)``.
  mutating func attemptEdit<Result>(
    at word: ShellWord?, _ body: (inout AnnotationSession) throws(StoreError) -> Result
  ) throws(ShellError) -> Result {
    do {
      return try body(&session)
    } catch {
      throw ShellError(ErrorAdvice.message(for: error), at: word)
    }
  }

  /// The path `word` names, once it is checked against the folders a
  /// script or notebook may write in.
  func writablePath(_ word: ShellWord) throws(ShellError) -> String {
    guard let confinement = settings.writeConfinement else { return word.text }
    return try confinement.check(word.text, at: word)
  }

  /// The style for output to people.
  var style: Style { settings.style }

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
