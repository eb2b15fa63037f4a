import ArgumentParser
import GlossCore
import GlossEvaluation
import GlossShell
import GlossTaggers

/// `gloss eval clauses`: clause F1 of a clause model on CoNLL-U trees.
struct EvalClausesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "clauses",
    abstract: "Score a clause model against the clauses of CoNLL-U trees (exact span and type F1).",
    discussion: """
      Gold clauses are derived from each tree: a word attached as root,
      parataxis, ccomp, advcl, csubj, acl:relcl, or conj between verbal
      heads heads a clause spanning its projection (edge punctuation
      trimmed); SUB for ccomp, advcl and csubj, REL for acl:relcl, MAIN for
      the others. Gold tokenization; the model is Models/clauses-en-ewt.glossmodel
      unless --model is given.

      Example:
        gloss eval clauses Data/ud-english-ewt/en_ewt-ud-test.conllu --json
      """)

  @Argument(help: ArgumentHelp("The gold CoNLL-U file.", valueName: "file.conllu")) var file: String
  @Option(help: "The model file.") var model: String?
  @Flag(help: "Print JSON for machines.") var json = false

  func run() throws {
    try reporting {
      let path = try ModelCatalog.resolve(model, shipped: ModelCatalog.clauses)
      let loaded = try SequenceModel(contentsOfFile: path)
      let uses = EntityFeatures.uses(kind: loaded.kind)
      let features = try EntityFeatures.load(gazetteer: false, pos: uses.partOfSpeech, posModel: nil)
      let treebank = try ClauseEvaluation.treebank(conlluAt: file)
      let report = ClauseEvaluation.evaluate(loaded, features: features, on: treebank)
      Console.writeOutput(
        Array(ModelEvalReport.clauses(report, file: file, modelPath: path, model: loaded, json: json).utf8))
    }
  }
}
