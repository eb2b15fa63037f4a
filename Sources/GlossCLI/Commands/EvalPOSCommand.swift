import ArgumentParser
import GlossCore
import GlossEvaluation
import GlossShell
import GlossTaggers

/// `gloss eval pos`: UPOS accuracy of a part-of-speech model on CoNLL-U.
struct EvalPOSCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pos",
    abstract: "Score a part-of-speech model (UPOS accuracy) against a CoNLL-U treebank.",
    discussion: """
      Tags the gold words of every sentence (gold tokenization) with the model
      (the shipped Models/pos-en-ewt.glossmodel unless --model is given).

      Example:
        gloss eval pos Data/ud-english-ewt/en_ewt-ud-test.conllu --json
      """)

  @Argument(help: ArgumentHelp("The gold CoNLL-U file.", valueName: "file.conllu")) var file: String
  @Option(help: "The model file.") var model: String?
  @Flag(help: "Print JSON for machines.") var json = false

  func run() throws {
    try reporting {
      let path = try ModelCatalog.resolve(model, shipped: ModelCatalog.partOfSpeech)
      let loaded = try SequenceModel(contentsOfFile: path)
      let report = try PartOfSpeechEvaluation.evaluate(loaded, conlluAt: file)
      if json {
        Console.writeJSONLine(PartOfSpeechEvaluationReport.json(report, file: file, modelPath: path, model: loaded))
      } else {
        print(PartOfSpeechEvaluationReport.text(report, file: file, modelPath: path), terminator: "")
      }
    }
  }
}
