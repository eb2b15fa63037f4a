import ArgumentParser
import GlossCore
import GlossFormats
import GlossShell

/// `gloss export`: write annotations in a format other tools read.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export documents and their spans (accepted only, unless --status says otherwise).",
    discussion: """
      Formats:
        conll2003    CoNLL-2003 NER columns (entity layer; --tags, --labels)
        conllu       Universal Dependencies CoNLL-U, spans in MISC (NE=B-PERSON, Time=B-DATE|TimeValue=…)
        conll2001    CoNLL-2001 clause brackets (clause layer)
        json         one JSON array of documents: {"id", "text", "meta", "text_sha256", "spans": [...]}
        jsonl        the same objects, one per line (JSON Lines)
        spacy        spaCy JSON Lines: {"text", "entities", "spans", "tokens", "token_spans"}
        docbin       spaCy's binary DocBin for spacy train (needs -o FILE.spacy)
        brat         a folder of brat .txt/.ann pairs and annotation.conf (needs -o FOLDER)
        doccano      doccano JSON Lines (UTF-16 offsets, doccano's default)
        labelstudio  Label Studio tasks (JSON)
        xmi          a folder of UIMA CAS XMI files and TypeSystem.xml, as INCEpTION reads (needs -o FOLDER)
        csv          one row per span
      Offsets are Unicode scalar offsets (Python str indices) except in doccano and
      XMI, which count UTF-16 code units. Spans a format cannot hold (nested or
      overlapping in one CoNLL column, not on token boundaries) are named on
      standard error, never dropped silently. Training data (conll2003, conllu,
      conll2001, spacy, docbin) takes only documents whose exported layers are done
      (gloss done DOC LAYER) and names the others; --all-documents takes all.

      A folder export writes a new or empty folder, or replaces one that an
      earlier Gloss export wrote (it lists its files in .gloss-export.json);
      any other folder, a symbolic link, or a file added to an earlier export
      is refused and left as it is.

      Examples:
        gloss export json -o gold.json
        gloss export conll2003 --tags iob1 --labels conll -o eng.train
        gloss export conllu --status all -o gold.conllu
        gloss export brat -o brat/
        gloss export docbin --layer entity -o train.spacy
        gloss export jsonl --layer entity --status all
        gloss export json --doc 002_721a65e19f26592e --label PERSON
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: "The format.") var format: ExportFormat
  @Option(
    name: [.short, .long],
    help: ArgumentHelp("Write to this file or folder (atomically) instead of standard output.", valueName: "path"))
  var output: String?
  @Option(name: .customLong("doc"), help: "Only this document (repeatable).") var documents: [String] = []
  @Option(name: .customLong("layer"), help: "Only this layer (repeatable).") var layers: [String] = []
  @Option(name: .customLong("label"), help: "Only this LABEL or layer:LABEL (repeatable).") var labels: [String] = []
  @Option(help: "Which spans by review status.") var status: StatusChoice = .accepted
  @Option(help: "CoNLL-2003 tag scheme.") var tags: TagScheme = .iob2
  @Option(
    name: .customLong("labels"), help: "CoNLL-2003 types: ontonotes (as annotated) or conll (PER, ORG, LOC, MISC).")
  var labelSet: LabelSet = .ontonotes

  @Flag(help: "CoNLL-U: write UPOS X and a flat placeholder tree instead of the computed syntax.")
  var placeholderSyntax = false
  @Flag(help: "Training data: export documents whose layers are not done too.") var allDocuments = false

  func run() throws {
    try reporting {
      let session = try corpus.readingSession()
      let filter = ExportFilter(
        documentIDs: documents.isEmpty ? nil : Set(documents), layers: layers.isEmpty ? nil : Set(layers),
        labels: labels.isEmpty ? nil : Set(labels), statuses: status.statuses, allDocuments: allDocuments)
      for id in documents { _ = try session.document(id) }
      var options = ExportOptions(tagScheme: tags, labels: labelSet)
      options.scheme = session.corpus.scheme
      options.writesSyntax = !placeholderSyntax
      let syntax = SyntaxCache(corpus: session.corpus)
      let export = CorpusExport(format: format, filter: filter, options: options)
      let destination = try export.destination(path: output) { Console.writeOutput($0) }
      // A bar only when the export goes to a file: on standard output it would mix with the data.
      let total = session.corpus.documents.filter { filter.includes(documentID: $0.id) }.count
      var progress = ProgressReporter(
        "export \(format.rawValue)", total: total, unit: "docs", isEnabled: output != nil && Console.isErrorTerminal)
      let store = session.store
      let summary = try export.run(
        documents: session.corpus.documents, spans: { try store.anchoredAnnotations(for: $0.id).spans },
        doneLayers: { try store.annotations(for: $0.id).doneLayers },
        syntax: { syntax.correctedSyntax(of: $0, spans: $1) }, to: destination, advance: { progress.advance() })
      progress.finish()
      if let note = summary.note(format: format) { Console.writeError(note) }
      let exported = summary.documents
      if let output {
        Console.writeError("wrote \(exported) document\(exported == 1 ? "" : "s") to \(output)")
      }
    }
  }
}

extension ExportFormat: ExpressibleByArgument {}
extension TagScheme: ExpressibleByArgument {}
extension LabelSet: ExpressibleByArgument {}
