import ArgumentParser
import GlossCore
import GlossFormats
import GlossShell

/// `gloss import`: bring spans in from a file another tool wrote, as one revision.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import spans from another tool's file or folder and commit them as one revision.",
    discussion: """
      Formats: \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")) (the inverse of export).
      Everything is checked first: the document each part belongs to (by id, or by
      its text), that its text is the corpus document's text, offsets inside the text,
      labels and attributes of the scheme, the columns, JSON or XML syntax (XML with a
      DTD or entities is refused). On any error the file and line are named and nothing
      is imported. Spans already present (same layer, label and range) are skipped.

      Examples:
        gloss import conll2003 eng.train
        gloss import brat brat/ -m "entities from brat"
        gloss import xmi inception-export/ --dry-run
        gloss import spacy train.jsonl --layer entity
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: "The format.") var format: ImportFormat
  @Argument(help: ArgumentHelp("The file (or folder, for brat and xmi).", valueName: "path")) var path: String
  @Option(
    help:
      "Import only this layer's spans (repeatable); for CoNLL-2003, the layer of its spans (default: the layer that has each label)."
  ) var layer: [String] = []
  @Option(name: [.short, .long], help: "The commit message.") var message: String?
  @Flag(help: "Check and report what would be imported, write nothing.") var dryRun = false

  func run() throws {
    try reporting {
      var session = try corpus.session()
      let read = try format.makeImporter(layer: layer.first).read(path: path, corpus: session.corpus)
      for warning in read.flatMap(\.warnings) { Console.writeError("warning: \(warning)") }
      let (documents, leftOut) = ImportLayerFilter(layers: Set(layer)).apply(to: read)
      let summary = try SpanImport.stage(documents, into: &session, summary: "import \(format.rawValue) \(path)")
      var skipped = summary.alreadyPresent > 0 ? " (\(summary.alreadyPresent) already present, skipped)" : ""
      if let note = ImportLayerFilter.note(leftOut) { skipped += "; " + note }
      if dryRun || summary.added == 0 {
        print(
          "\(dryRun ? "would import" : "nothing new to import:") \(summary.added) span\(summary.added == 1 ? "" : "s") in \(summary.documents) document\(summary.documents == 1 ? "" : "s")\(skipped)"
        )
        return
      }
      let revision = try session.commit(message: message ?? "import \(format.rawValue) \(Path.lastComponent(path))")
      print(
        "imported \(summary.added) span\(summary.added == 1 ? "" : "s") in \(summary.documents) document\(summary.documents == 1 ? "" : "s")\(skipped)"
      )
      print("committed revision \(revision.number): \(revision.message)")
    }
  }
}

extension ImportFormat: ExpressibleByArgument {}
