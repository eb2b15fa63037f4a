import ArgumentParser
import GlossEvaluation
import GlossShell
import GlossTaggers

/// `gloss train clauses`: clause boundaries from the clauses of UD trees.
struct TrainClausesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "clauses",
    abstract: "Train a clause tagger (start and end of MAIN, SUB and REL clauses per token) on CoNLL-U trees.",
    discussion: """
      Gold clauses come from the trees (see gloss eval clauses --help). Each
      token is labeled with the clauses starting at it and how many end at
      it; tagging assembles well-nested clauses from those labels.

      Example (the shipped model):
        gloss train clauses --conllu Data/ud-english-ewt/en_ewt-ud-train.conllu --pos \\
          --hash-bits 18 -o Models/clauses-en-ewt.glossmodel
      """)

  @Option(help: ArgumentHelp("A training CoNLL-U file (repeatable).", valueName: "file.conllu")) var conllu: [String]
  @Flag(help: "Use the part-of-speech model's tags (of the word and its neighbours) as features.") var pos = false
  @Option(help: "The part-of-speech model for --pos (the shipped one by default).") var posModel: String?
  @OptionGroup var training: TrainingArguments

  func run() throws {
    try reporting {
      guard !conllu.isEmpty else { throw ValidationError("Give at least one --conllu file.") }
      let features = try EntityFeatures.load(gazetteer: false, pos: pos, posModel: posModel)
      let (data, labels, sources) = try ClauseEvaluation.trainingData(conlluAt: conllu, features: features)
      let kind = "clauses" + (pos ? "+pos" : "")
      try TrainingReport.train(kind: kind, labels: labels, data: data, sources: sources, arguments: training)
    }
  }
}
