import ArgumentParser
import GlossCore
import GlossShell

/// `gloss log`: the revisions, newest first.
struct LogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log",
    abstract: "List the revisions, newest first (of one document, if given).",
    discussion: """
      Examples:
        gloss log
        gloss log 002_721a65e19f26592e
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: ArgumentHelp("Only revisions that changed this document.", valueName: "doc"))
  var document: String?
  @Option(help: "At most this many revisions.") var limit: Int?

  func run() throws {
    try reporting {
      let session = try corpus.readingSession()
      if let document { _ = try session.document(document) }
      var revisions = try session.store.log(documentID: document)
      if let limit { revisions = Array(revisions.prefix(limit)) }
      if revisions.isEmpty {
        print("no revisions yet")
        return
      }
      let table = CorpusViews.revisions(revisions)
      print(table.render(style: Style()), terminator: "")
    }
  }
}
