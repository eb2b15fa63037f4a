import ArgumentParser
import GlossCore
import GlossShell

/// `gloss remove`: delete spans and commit.
struct RemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract: "Remove spans, by id or by the text they cover, and commit.",
    discussion: """
      Examples:
        gloss remove 002_721a65e19f26592e s3 s4
        gloss remove 002_721a65e19f26592e --text "Putin" --all --layer entity
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: ArgumentHelp("The document id.", valueName: "doc")) var document: String
  @OptionGroup var selection: SpanSelectionOptions
  @Option(name: [.short, .long], help: "The commit message.") var message: String?

  func run() throws {
    try editSpans(corpus, document, selection, message: message, verb: "remove") { session, ids throws(StoreError) in
      try session.remove(from: document, spanIDs: ids)
    }
  }
}
