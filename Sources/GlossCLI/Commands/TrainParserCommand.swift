import ArgumentParser
import GlossEvaluation
import GlossShell
import GlossTaggers

/// `gloss train parser`: a dependency parser from a CoNLL-U treebank (see docs/parser.md).
struct TrainParserCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parser", abstract: "Train a dependency parser on a CoNLL-U treebank (jackknifed tags and lemmas).")

  @Argument(help: ArgumentHelp("The training treebank.", valueName: "train.conllu")) var train: String
  @Option(help: ArgumentHelp("Measure each pass on this treebank.", valueName: "dev.conllu")) var dev: String?
  @Option(name: [.short, .customLong("output")], help: "The model file to write.") var output = "parser.glossmodel"
  @Option(help: "Passes over the training data.") var iterations = ParserTrainingOptions().iterations
  @Option(help: "Seed of the shuffle and the exploration.") var seed: UInt64 = 1
  @Option(help: "Drop final weights smaller in magnitude than this (a smaller model file).")
  var minimumWeight: Float = ParserTrainingOptions().minimumWeight
  @Option(help: "Training tags and lemmas: jackknife, model (the shipped POS model's) or file.") var tags = "jackknife"
  @Option(help: "Write the training sentences with their tags and lemmas (CoNLL-U).") var saveTagged: String?

  func run() throws {
    try reporting {
      guard let source = ParserTrainingData.TagSource(rawValue: tags) else { throw ValidationError("Bad --tags.") }
      let training = ParserTrainingRun(
        trainingFile: train, developmentFile: dev, tagSource: source,
        options: ParserTrainingOptions(iterations: iterations, seed: seed, minimumWeight: minimumWeight),
        taggedOutput: saveTagged)
      let (tagger, lemmatizer) = try SyntaxPipeline.shippedTagging()
      let parser = try training.run(tagger: tagger, lemmatizer: lemmatizer) { Console.writeError($0) }
      try parser.write(toFile: output)
    }
  }
}
