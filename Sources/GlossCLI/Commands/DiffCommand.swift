import ArgumentParser
import GlossCore
import GlossShell

/// `gloss diff`: the span changes between two revisions.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show the span changes between two revisions (to the newest by default).",
    discussion: """
      Examples:
        gloss diff 3 5
        gloss diff 0          # everything ever annotated
        gloss diff 4 --doc 002_721a65e19f26592e
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: "The earlier revision (0: before any commit).") var from: Int
  @Argument(help: "The later revision (default: the newest).") var to: Int?
  @Option(name: .customLong("doc"), help: "Only this document.") var document: String?
  @Option(help: "Colour: auto, always or never.") var color: ColorChoice = .auto

  func run() throws {
    try reporting {
      let session = try corpus.readingSession()
      let target = try to ?? session.store.headRevision()
      let style = Style(color)
      let changes = try session.store.diff(from: from, to: target).filter {
        document == nil || document == $0.documentID
      }
      if changes.isEmpty {
        print("no span changes between revisions \(from) and \(target)")
      } else {
        print(CorpusViews.diff(changes, corpus: session.corpus, from: from, to: target, style: style), terminator: "")
      }
    }
  }
}
