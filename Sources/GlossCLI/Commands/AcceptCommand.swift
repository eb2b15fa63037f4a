import ArgumentParser
import GlossCore
import GlossShell

/// `gloss accept`: mark spans accepted and commit.
struct AcceptCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "accept",
    abstract: "Mark spans (usually a tagger's suggestions) accepted and commit.",
    discussion: """
      Examples:
        gloss accept 002_721a65e19f26592e s12 s13
        gloss accept 002_721a65e19f26592e --text "Pyongyang" --all
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: ArgumentHelp("The document id.", valueName: "doc")) var document: String
  @OptionGroup var selection: SpanSelectionOptions
  @Option(name: [.short, .long], help: "The commit message.") var message: String?

  func run() throws {
    try editSpans(corpus, document, selection, message: message, verb: "accept") { session, ids throws(StoreError) in
      try session.setStatus(in: document, spanIDs: ids, to: .accepted)
    }
  }
}
