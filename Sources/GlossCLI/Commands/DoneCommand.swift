import ArgumentParser
import GlossShell

/// `gloss done`: mark a document's layers fully reviewed, and commit.
struct DoneCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "done",
    abstract: "Mark a document's layers done (fully reviewed) and commit; training exports and eval take only those.",
    discussion: """
      With no layer, every layer the document has spans on. A layer with
      pending suggestions cannot be marked done. `gloss undone` takes it back.

      Examples:
        gloss done 002_721a65e19f26592e entity
        gloss done 002_721a65e19f26592e -m "entities reviewed"
        gloss undone 002_721a65e19f26592e entity
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: ArgumentHelp("The document id.", valueName: "doc")) var document: String
  @Argument(help: ArgumentHelp("The layers.", valueName: "layer")) var layers: [String] = []
  @Option(name: [.short, .long], help: "The commit message.") var message: String?

  func run() throws { try Self.mark(corpus, document, layers, message, command: "done") }

  /// Runs the shell's `done`/`undone` and commits what it staged.
  static func mark(_ corpus: CorpusOptions, _ document: String, _ layers: [String], _ message: String?, command: String)
    throws
  {
    var interpreter = try reporting { try corpus.interpreter() }
    do {
      let words = ([document] + layers).map { "'" + $0.filter { $0 != "'" } + "'" }
      interpreter.print(try interpreter.execute("\(command) \(words.joined(separator: " "))"))
      if interpreter.session.hasStagedChanges {
        let revision = try interpreter.session.commit(
          message: message ?? ([command, document] + layers).joined(separator: " "))
        Console.writeError("committed revision \(revision.number): \(revision.message)")
      }
    } catch let error as ShellError {
      throw CLIFailure(error.message)
    } catch {
      throw CLIFailure("\(error)")
    }
  }
}

/// `gloss undone`: take back `gloss done`, and commit.
struct UndoneCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "undone", abstract: "Mark a document's layers not done (no layer: every done layer) and commit.",
    discussion:
      "Examples:\n  gloss undone 002_721a65e19f26592e entity\n  gloss undone 002_721a65e19f26592e -m \"look again\"")

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: ArgumentHelp("The document id.", valueName: "doc")) var document: String
  @Argument(help: ArgumentHelp("The layers.", valueName: "layer")) var layers: [String] = []
  @Option(name: [.short, .long], help: "The commit message.") var message: String?

  func run() throws { try DoneCommand.mark(corpus, document, layers, message, command: "undone") }
}
