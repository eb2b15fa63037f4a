import ArgumentParser
import GlossCore
import GlossFormats

/// `gloss export`: write annotations in a format other tools read.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export documents and their spans (accepted only, unless --status says otherwise).",
    discussion: """
      Formats:
        json    one JSON array of documents: {"id", "text", "meta", "text_sha256", "spans": [...]}
        jsonl   the same objects, one per line (JSON Lines)
      Offsets are Unicode scalar offsets (Python str indices).

      Examples:
        gloss export json -o gold.json
        gloss export jsonl --layer entity --status all
        gloss export json --doc 002_721a65e19f26592e --label PERSON
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: "The format.") var format: ExportRunner.Format
  @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
  var output: String?
  @Option(name: .customLong("doc"), help: "Only this document (repeatable).") var documents: [String] = []
  @Option(name: .customLong("layer"), help: "Only this layer (repeatable).") var layers: [String] = []
  @Option(name: .customLong("label"), help: "Only this LABEL or layer:LABEL (repeatable).") var labels: [String] = []
  @Option(help: "Which spans by review status.") var status: StatusChoice = .accepted

  func run() throws {
    try reporting {
      let session = try corpus.session()
      let filter = ExportFilter(
        documentIDs: documents.isEmpty ? nil : Set(documents), layers: layers.isEmpty ? nil : Set(layers),
        labels: labels.isEmpty ? nil : Set(labels), statuses: status.statuses)
      let exported = try ExportRunner.run(session: session, format: format, filter: filter, output: output)
      if let output {
        Console.writeError("wrote \(exported) document\(exported == 1 ? "" : "s") to \(output)")
      }
    }
  }
}

extension ExportRunner.Format: ExpressibleByArgument {}
