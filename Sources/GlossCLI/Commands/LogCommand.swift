import ArgumentParser
import GlossCore

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
      let session = try corpus.session()
      if let document { _ = try session.document(document) }
      var revisions = try session.store.log(documentID: document)
      if let limit { revisions = Array(revisions.prefix(limit)) }
      if revisions.isEmpty {
        print("no revisions yet")
        return
      }
      var table = TextTable(["rev", "time", "author", "documents", "message"], alignments: [.right, .left, .left, .left, .left])
      for revision in revisions {
        let documents = revision.documentIDs.count <= 2
          ? revision.documentIDs.joined(separator: ", ") : "\(revision.documentIDs.count) documents"
        table.append([String(revision.number), revision.time, revision.author, documents, SpanRendering.oneLine(revision.message)])
      }
      print(table.render(style: Style()), terminator: "")
    }
  }
}
