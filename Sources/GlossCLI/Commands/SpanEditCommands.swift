import ArgumentParser
import GlossCore

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

/// `gloss relabel`: change the layer and label of spans and commit.
struct RelabelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "relabel",
    abstract: "Change the layer:LABEL of spans and commit.",
    discussion: """
      Examples:
        gloss relabel 002_721a65e19f26592e s7 --to entity:NORP
        gloss relabel 003_6658ac4e4684006a --text "State Duma" --to entity:ORG
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: ArgumentHelp("The document id.", valueName: "doc")) var document: String
  @OptionGroup var selection: SpanSelectionOptions
  @Option(help: ArgumentHelp("The new layer:LABEL.", valueName: "layer:LABEL")) var to: LabelArgument
  @Option(name: [.short, .long], help: "The commit message.") var message: String?

  func run() throws {
    try editSpans(corpus, document, selection, message: message, verb: "relabel as \(to.layer):\(to.label)") {
      session, ids throws(StoreError) in
      try session.relabel(in: document, spanIDs: ids, layer: to.layer, label: to.label)
    }
  }
}

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

/// Selects spans, applies `change` to them, commits, and reports.
private func editSpans(
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
      print("\(span.id)  \(span.qualifiedLabel)  [\(span.start), \(span.end))  \(span.status.rawValue)  \(text.text(in: span.range))")
    }
    print("committed revision \(revision.number): \(revision.message)")
  }
}
