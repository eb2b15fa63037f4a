import ArgumentParser
import GlossCore
import GlossShell
import GlossTaggers

/// `gloss suggest`: unreviewed sentences, least certain first.
struct SuggestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suggest",
    abstract: "Rank unreviewed sentences by the entity model's uncertainty, to review them first.",
    discussion: """
      A sentence is unreviewed when no accepted or rejected entity span
      overlaps it. Its uncertainty is the smallest margin, over its tokens,
      between the model's best and second-best label (lower: less certain).
      The model is --model, else the newest Models/entities-r<REVISION>.glossmodel
      of the corpus (gloss train entities --from accepted), else the shipped one.

      Examples:
        gloss suggest                      # every document, the 10 least certain
        gloss suggest 002_721a65e19f26592e --limit 3 --json
      Then review those sentences first: in the REPL, `review DOC entity --uncertain`
      walks a document's suggestions in this order.
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: ArgumentHelp("Documents to rank (default: all).", valueName: "doc")) var documents: [String] = []
  @Option(help: "The entity model file.") var model: String?
  @Option(help: "How many sentences to print (0: all).") var limit: Int = 10
  @Flag(help: "Print JSON for machines.") var json = false

  func run() throws {
    try reporting {
      var session = try corpus.session()
      let loadedCorpus = session.corpus
      let path =
        try model ?? ModelCatalog.newestCorpusModel(layer: "entities", corpusRoot: loadedCorpus.root)
        ?? ModelCatalog.resolve(nil, shipped: ModelCatalog.entities)
      let loaded = try SequenceModel(contentsOfFile: path)
      let features = try EntityFeatures.load(for: loaded, name: path)
      let ids = documents.isEmpty ? loadedCorpus.documents.map(\.id) : documents
      let report = try SuggestionReport(
        session: &session, documentIDs: ids, model: loaded, modelPath: path, features: features, limit: limit)
      Console.writeOutput(Array((json ? report.json : report.text).utf8))
    }
  }
}
