import ArgumentParser
import GlossCore
import GlossShell

/// Selects spans, applies `change` to them, commits, and reports.
func editSpans(
  _ corpus: CorpusOptions, _ document: String, _ selection: SpanSelectionOptions, message: String?, verb: String,
  _ change: (inout AnnotationSession, [String]) throws(StoreError) -> [Span]
) throws {
  try reporting {
    var session = try corpus.session()
    let ids = try selection.spanIDs(in: &session, document: document)
    let spans = try session.group(verb) { session throws(StoreError) in try change(&session, ids) }
    let text = try session.document(document).text
    let named = ids.count <= 5 ? ids.joined(separator: ", ") : "\(ids.count) spans"
    let revision = try session.commit(message: message ?? "\(verb) \(named) in \(document)")
    for span in spans {
      print(
        "\(span.id)  \(span.qualifiedLabel)  [\(span.start), \(span.end))  \(span.status.rawValue)  \(text.text(in: span.range))"
      )
    }
    print("committed revision \(revision.number): \(revision.message)")
  }
}

/// Runs a shell command on its own (`resize`, `attr`, `labels`, `stash`),
/// committing what it staged when `commits`, and prints its report.
func runShell(_ corpus: CorpusOptions, _ words: [String], commits: Bool = true, message: String? = nil) throws {
  try reporting {
    let session = try corpus.session()
    var shell = ShellInterpreter(session: session, settings: ShellSettings(annotator: session.annotator, color: false))
    print(try shell.commitOneShot(words, message: message, commits: commits), terminator: "")
  }
}
