import ArgumentParser
import GlossCore
import GlossShell

/// `gloss reject`: mark spans rejected and commit.
struct RejectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reject",
    abstract: "Mark spans rejected (kept, so taggers do not suggest them again) and commit.",
    discussion: """
      Examples:
        gloss reject 002_721a65e19f26592e s14
        gloss reject 002_721a65e19f26592e --text "Western" --occurrence 2
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: ArgumentHelp("The document id.", valueName: "doc")) var document: String
  @OptionGroup var selection: SpanSelectionOptions
  @Option(name: [.short, .long], help: "The commit message.") var message: String?

  func run() throws {
    try editSpans(corpus, document, selection, message: message, verb: "reject") { session, ids throws(StoreError) in
      try session.setStatus(in: document, spanIDs: ids, to: .rejected)
    }
  }
}
