import ArgumentParser
import GlossCore
import GlossEvaluation
import GlossShell
import GlossTaggers

/// `gloss eval entities`: entity span F1 of an entity model on IOB2.
struct EvalEntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "Score an entity model (exact span P/R/F1) against an IOB2 file.",
    discussion: """
      Tags the gold tokens of every sentence with the model (the shipped
      Models/entities-en-ewt.glossmodel unless --model is given) and scores
      exact typed spans; the headline pools PER, ORG and LOC.

      Example:
        gloss eval entities Data/uner-english-ewt/en_ewt-ud-test.iob2 --json
      """)

  @Argument(help: ArgumentHelp("The gold IOB2 file.", valueName: "file.iob2")) var file: String
  @Option(help: "The model file.") var model: String?
  @Flag(help: "Print JSON for machines.") var json = false

  func run() throws {
    try reporting {
      let path = try ModelCatalog.resolve(model, shipped: ModelCatalog.entities)
      let loaded = try SequenceModel(contentsOfFile: path)
      let features = try EntityFeatures.load(for: loaded, name: path)
      let report = try EntityEvaluation.evaluate(loaded, features: features, iob2At: file)
      if json {
        var writer = JSONWriter(pretty: true)
        writer.beginObject()
        EvalJSON.data(&writer, file: file, source: report.data)
        EvalJSON.model(&writer, path: path, model: loaded)
        writer.key("entities")
        EvalJSON.score(&writer, report.headline)
        writer.key("tokens_per_second")
        writer.integer(report.seconds > 0 ? Int(Double(report.tokens) / report.seconds) : 0)
        writer.key("by_type")
        EvalJSON.scores(&writer, report.byType)
        writer.endObject()
        Console.writeJSONLine(&writer)
      } else {
        print("data:      \(file) (\(report.data.sentences) sentences, \(report.tokens) tokens)")
        print("model:     \(path)")
        print("PER+ORG+LOC: \(report.headline)")
        for type in report.byType.keys.sorted() { print("  \(type): \(report.byType[type]!)") }
      }
    }
  }
}
