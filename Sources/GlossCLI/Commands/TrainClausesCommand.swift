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
      var labels: [String] = []
      var data: [LabeledSequence] = []
      var sources: [TrainingProvenance.Source] = []
      for path in conllu {
        let treebank = try ClauseEvaluation.treebank(conlluAt: path)
        var sentences = treebank.labeled(labels: &labels)
        for index in sentences.indices {
          sentences[index].extraFeatures = features.features(of: sentences[index].tokens)
        }
        data += sentences
        sources.append(treebank.source)
      }
      // Label columns in name order, so the model does not depend on file order.
      let sorted = labels.sorted()
      let remap = labels.map { sorted.firstIndex(of: $0)! }
      data = data.map {
        LabeledSequence(tokens: $0.tokens, labels: $0.labels.map { remap[$0] }, extraFeatures: $0.extraFeatures)
      }
      let kind = "clauses" + (pos ? "+pos" : "")
      try TrainingReport.train(kind: kind, labels: sorted, data: data, sources: sources, arguments: training)
    }
  }
}
