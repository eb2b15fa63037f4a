import ArgumentParser
import GlossEvaluation
import GlossTaggers

/// `gloss train entities`: a BIO entity tagger from IOB2 files.
struct TrainEntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "Train an entity (BIO over PER, ORG, LOC, OTH) tagger on IOB2 files.",
    discussion: """
      Example (the shipped model, trained on UNER English EWT dev and test):
        gloss train entities --iob2 ../shared/data/uner-english-ewt/en_ewt-ud-dev.iob2 \\
          --iob2 ../shared/data/uner-english-ewt/en_ewt-ud-test.iob2 -o Models/entities-en-ewt.glossmodel
      """)

  @Option(help: ArgumentHelp("A training IOB2 file (repeatable).", valueName: "file.iob2")) var iob2: [String]
  @OptionGroup var training: TrainingArguments

  func run() throws {
    try reporting {
      guard !iob2.isEmpty else { throw ValidationError("Give at least one --iob2 file.") }
      var data: [LabeledSequence] = []
      var sources: [TrainingProvenance.Source] = []
      for path in iob2 {
        let loaded = try TrainingData.entities(iob2At: path)
        data += loaded.sentences
        sources.append(loaded.source)
      }
      try TrainingReport.train(
        kind: "entities", labels: TrainingData.entityLabels, data: data, sources: sources, arguments: training)
    }
  }
}
