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
      var all: [SentenceUncertainty] = []
      var texts: [String: SourceText] = [:]
      for id in ids {
        let document = try session.document(id)
        let reviewed = try session.annotations(for: id).spans
          .filter { $0.layer == "entity" && $0.status != .suggested }.map { $0.start..<$0.end }
        texts[id] = document.text
        all += SentenceUncertainty.sentences(
          in: TaggingContext(document), model: loaded, features: features, reviewed: reviewed)
      }
      var ranked = SentenceUncertainty.ranked(all)
      if limit > 0 && ranked.count > limit { ranked = Array(ranked.prefix(limit)) }
      if json {
        var writer = JSONWriter(pretty: true)
        writer.beginObject()
        writer.key("model")
        writer.string(path)
        writer.key("sentences")
        writer.beginArray()
        for item in ranked {
          writer.beginObject()
          writer.key("doc")
          writer.string(item.documentID)
          writer.key("sentence")
          writer.integer(item.sentenceNumber)
          writer.key("start")
          writer.integer(item.range.lowerBound)
          writer.key("end")
          writer.integer(item.range.upperBound)
          writer.key("margin")
          writer.double(Double(item.margin))
          writer.key("token")
          writer.string(texts[item.documentID]!.text(in: item.token))
          writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        Console.writeJSONLine(&writer)
      } else {
        print("model: \(path)")
        for item in ranked {
          let text = texts[item.documentID]!.text(in: item.range).replacingNewlines()
          let preview = text.count > 60 ? String(text.prefix(59)) + "…" : text
          print(
            "\(item.documentID)  #\(item.sentenceNumber)  margin \(String(format2: Double(item.margin)))  \(preview)")
        }
      }
    }
  }
}

extension String {
  fileprivate func replacingNewlines() -> String {
    String(map { $0.isNewline ? " " : $0 })
  }
}
