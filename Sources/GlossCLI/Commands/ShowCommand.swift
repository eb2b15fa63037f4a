import ArgumentParser
import GlossCore
import GlossShell

/// `gloss show`: a document's text with its spans marked, and a table of them.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a document with its spans highlighted (at any revision with DOC@REV).",
    discussion: """
      Examples:
        gloss show 002_721a65e19f26592e
        gloss show 002_721a65e19f26592e --layer entity
        gloss show 002_721a65e19f26592e@3 --color never
        gloss show 002_721a65e19f26592e --layer clause --brackets
      """)

  @OptionGroup var corpus: CorpusOptions

  @Argument(help: ArgumentHelp("The document, optionally at a revision: DOC or DOC@REV.", valueName: "doc[@rev]"))
  var reference: DocumentRevisionArgument

  @Argument(help: ArgumentHelp("Only spans on these layers (as --layer).", valueName: "layer"))
  var layerArguments: [String] = []

  @Option(name: .customLong("layer"), help: "Only spans on this layer (repeatable).")
  var layerOptions: [String] = []

  @Option(help: "Which spans by review status (active: all but rejected).")
  var status: StatusChoice = .active

  /// The layers named either way.
  var layers: [String] { layerArguments + layerOptions }

  @Option(help: "Colour: auto (on a terminal, unless NO_COLOR is set), always or never.")
  var color: ColorChoice = .auto

  @Flag(help: "Print the span table only, not the text.")
  var spansOnly = false

  @Flag(help: "Draw the spans as nested brackets under the text (for clauses: --layer clause --brackets).")
  var brackets = false

  func run() throws {
    try reporting {
      var session = try corpus.readingSession()
      let id = reference.documentID
      let document = try session.document(id)
      let annotations =
        try reference.revision.map { try session.store.annotations(for: id, at: $0) }
        ?? session.annotations(for: id)
      let spans = annotations.spans.filter { span in
        (layers.isEmpty || layers.contains(span.layer)) && status.statuses.contains(span.status)
      }
      let style = Style(color)
      if let recorded = annotations.textSHA256, recorded != document.textSHA256 {
        Console.writeError(
          "warning: the text of '\(id)' changed after it was annotated; the spans below may be mis-anchored")
      }
      var header = style.bold(id)
      if let title = document.metadata.title { header += "  " + title }
      header += style.dim(
        "  (revision \(annotations.revision), \(spans.count) span\(spans.count == 1 ? "" : "s"))")
      print(header)
      if !spansOnly {
        print("")
        print(
          brackets
            ? BracketRendering.render(
              document.text, spans: spans, width: max(40, ProgressReporter.terminalWidth() - 1), style: style)
            : SpanRendering.markedText(document.text, spans: spans, style: style))
        print("")
      }
      print(SpanRendering.table(spans, text: document.text).render(style: style), terminator: "")
    }
  }
}
