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

  func run() throws {
    try runShell(
      corpus, ["done", document] + layers, message: message ?? (["done", document] + layers).joined(separator: " "))
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

  func run() throws {
    try runShell(
      corpus, ["undone", document] + layers, message: message ?? (["undone", document] + layers).joined(separator: " "))
  }
}
