import ArgumentParser
import GlossCore
import GlossShell

/// `gloss render`: documents and their spans as a self-contained HTML page.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Write documents with their spans as one self-contained HTML page (charts as inline SVG).",
    discussion: """
      The page shows each text with its spans highlighted by layer and label
      (entities shaded, time expressions underlined with their TIMEX3 value,
      clauses as nested brackets), a legend that hides and shows layers, the
      attributes and provenance (id, status, annotator) of the span under
      the pointer, a timeline of the time values and label frequency charts.
      It loads nothing from the network and has no external scripts or fonts.
      Rejected spans are left out unless --status says otherwise.

      Examples:
        gloss render -o corpus.html
        gloss render 002_721a65e19f26592e --layer clause -o clauses.html
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: ArgumentHelp("Documents to show (default: all).", valueName: "doc")) var documents: [String] = []
  @Option(name: [.short, .long], help: ArgumentHelp("The HTML file to write.", valueName: "file.html")) var output:
    String
  @Option(name: .customLong("layer"), help: "Only this layer (repeatable).") var layers: [String] = []
  @Option(help: "Which spans by review status (default: accepted and suggested).") var status: StatusChoice?

  func run() throws {
    try reporting {
      var session = try corpus.readingSession()
      let statuses = status?.statuses ?? [.accepted, .suggested]
      let report = try HTMLReport.make(session: &session, documentIDs: documents, layers: layers, statuses: statuses)
      try AtomicFile.write(Array(report.render().utf8), toPath: output)
      for warning in report.skipped { Console.writeError("warning: \(warning)") }
      let skipped = report.skipped.isEmpty ? "" : ", \(report.skipped.count) stale skipped"
      Console.writeError(
        "wrote \(output) (\(report.items.count) document\(report.items.count == 1 ? "" : "s")\(skipped))")
    }
  }
}
