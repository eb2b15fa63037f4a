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
      Console.writeOutput(
        Array(ModelEvalReport.entities(report, file: file, modelPath: path, model: loaded, json: json).utf8))
    }
  }
}
