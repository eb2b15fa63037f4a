import ArgumentParser
import GlossEvaluation
import GlossShell

/// `gloss bench models`: tagging speed of the learned models (and, with
/// `--train`, POS training time).
struct BenchModelsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "models",
    abstract: "Words/s of each shipped learned model on a generated corpus (and POS training time with --train).",
    discussion: """
      The corpus is tokenized and split into sentences first (not timed);
      then each model tags every sentence on one thread, its extra features
      included (the entity and clause models run the POS model for theirs,
      so "POS + entities" is the entity model's time when it has POS features).
      With --train FILE.conllu, the shipped POS model's training (stacked, 4
      folds, English-lexicon features from --wordnet and --word-list, word
      clusters learned from that file and WordNet's glosses, as the README's
      command) is timed on that file too.

      Example:
        swift build -c release && .build/release/gloss bench models --words 1000000 \\
          --train Data/ud-english-ewt/en_ewt-ud-train.conllu
      """)

  @Option(help: "How many words to generate.") var words = 1_000_000
  @Option(help: "The generator's seed.") var seed: UInt64 = 4
  @Option(help: "How many times to tag the corpus (the best run counts).") var repeats = 2
  @Option(help: ArgumentHelp("Also time POS training on this CoNLL-U file.", valueName: "file.conllu")) var train:
    String?
  @Option(help: ArgumentHelp("The WordNet database directory POS training reads.", valueName: "dir"))
  var wordnet = "/usr/share/wordnet"
  @Option(help: ArgumentHelp("The word list POS training reads.", valueName: "file"))
  var wordList = "/usr/share/dict/american-english"
  @Flag(help: "Print JSON for machines.") var json = false

  func run() throws {
    let training = train.map { ModelBenchmark.TrainingInput(conllu: $0, wordNet: wordnet, wordList: wordList) }
    let benchmark = ModelBenchmark(words: words, seed: seed, repeats: repeats, training: training)
    let result = try reporting { try benchmark.run() }
    if json { return Console.writeJSONLine(ModelBenchmarkReport.json(result)) }
    print(ModelBenchmarkReport.text(result), terminator: "")
  }
}
