import ArgumentParser
import GlossCore
import GlossShell

/// `gloss restore`: put spans back as they were at a revision, as a new revision.
struct RestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore",
    abstract: "Restore one document (DOC@REV) or every document (REV) to a past revision, as a new revision.",
    discussion: """
      History is never rewritten: the restore is itself a revision that can be
      undone by restoring again.

      Examples:
        gloss restore 002_721a65e19f26592e@3
        gloss restore 4 -m "back to before the bulk relabel"
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: ArgumentHelp("DOC@REV for one document, or REV for all.", valueName: "doc@rev|rev"))
  var target: String
  @Option(name: [.short, .long], help: "The commit message.") var message: String?

  func run() throws {
    try reporting {
      var session = try corpus.session()
      let documents: [String]
      let revision: Int
      if let number = Int(target) {
        revision = number
        documents = try session.store.annotatedDocumentIDs().filter { session.corpus.document($0) != nil }
      } else if let reference = DocumentRevisionArgument(argument: target), let number = reference.revision {
        revision = number
        documents = [reference.documentID]
      } else {
        throw ValidationError("give DOC@REV (e.g. 002_721a65e19f26592e@3) or a revision number")
      }
      let head = try session.store.headRevision()
      guard revision >= 0 && revision <= head else { throw StoreError.unknownRevision(revision, head: head) }
      try session.group("restore") { session throws(StoreError) in
        for id in documents { try session.restore(id, to: revision) }
      }
      let staged = session.stagedChanges
      if staged.isEmpty {
        print("nothing to restore: the spans are already as they were at revision \(revision)")
        return
      }
      let scope = documents.count == 1 ? documents[0] : "all documents"
      let committed = try session.commit(message: message ?? "restore \(scope) to revision \(revision)")
      for (id, changes) in staged {
        print("\(id): \(changes.count) change\(changes.count == 1 ? "" : "s")")
      }
      print("committed revision \(committed.number): \(committed.message)")
    }
  }
}
