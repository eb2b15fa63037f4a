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

  /// The formats `export` writes.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl
  }

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: "The format.") var format: Format
  @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
  var output: String?
  @Option(name: .customLong("doc"), help: "Only this document (repeatable).") var documents: [String] = []
  @Option(name: .customLong("layer"), help: "Only this layer (repeatable).") var layers: [String] = []
  @Option(name: .customLong("label"), help: "Only this LABEL or layer:LABEL (repeatable).") var labels: [String] = []
  @Option(help: "Which spans by review status.") var status: StatusChoice = .accepted

  func run() throws {
    try reporting {
      var session = try corpus.session()
      for id in documents { _ = try session.document(id) }
      for layer in layers where session.corpus.scheme.layer(named: layer) == nil {
        throw SpanValidationError.unknownLayer(
          layer, suggestion: NearestName.suggestion(for: layer, among: session.corpus.scheme.layerNames))
      }
      let filter = ExportFilter(
        documentIDs: documents.isEmpty ? nil : Set(documents), layers: layers.isEmpty ? nil : Set(layers),
        labels: labels.isEmpty ? nil : Set(labels), statuses: status.statuses)
      var writer = ProjectJSONWriter(framing: format == .json ? .array : .lines)
      var exported = 0
      let body = { (emit: (_ bytes: [UInt8]) throws -> Void) throws in
        try emit(writer.header())
        for document in session.corpus.documents where filter.includes(documentID: document.id) {
          let spans = try session.annotations(for: document.id).spans.filter(filter.includes)
          try emit(writer.write(ExportDocument(document: document, spans: spans)))
          exported += 1
        }
        try emit(writer.footer())
      }
      if let output {
        try AtomicFile.write(toPath: output) { file in
          try body { try file.write($0) }
        }
        Terminal.writeError("wrote \(exported) document\(exported == 1 ? "" : "s") to \(output)")
      } else {
        try body { Terminal.writeOutput($0) }
      }
    }
  }
}
