import ArgumentParser
import GlossCore
import GlossEvaluation
import GlossShell
import GlossTaggers

/// `gloss train`: train the learned taggers.
struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Train a learned tagger (averaged perceptron) and save it as a model file.",
    subcommands: [
      TrainPOSCommand.self, TrainEntitiesCommand.self, TrainClausesCommand.self, TrainParserCommand.self,
    ])
}

/// Training options shared by every layer.
struct TrainingArguments: ParsableArguments {
  @Option(name: [.short, .customLong("output")], help: "The model file to write.") var output: String?
  @Option(help: "Passes over the training data.") var epochs: Int = 10
  @Option(help: "Seed of the shuffle between passes (same seed and data, same model).") var seed: UInt64 = 1
  @Option(help: "Train this many times with different shuffles and average the weights.") var runs: Int = 1
  @Option(help: "Feature table size as a power of two.") var hashBits: Int = 20
  @Option(help: "Drop final weights smaller in magnitude than this (a smaller model file).") var minimumWeight: Float =
    0
  @Option(help: "Words seen fewer times get no ambiguity-class feature.") var lexiconMinimumCount: Int = 2
  @Option(
    help:
      "Train a stacked model: a right-to-left first pass, then a second pass that sees the first pass's labels on both sides, learned from this many held-out folds (0: one pass)."
  ) var folds: Int = 0
  @Option(
    help: ArgumentHelp(
      "A WordNet 3.0 database directory (such as /usr/share/wordnet, from Debian's wordnet-base): the parts of speech of its lemmas become features, and the model keeps them.",
      valueName: "dir")
  ) var wordnet: String?
  @Option(
    help: ArgumentHelp(
      "A word list, one word a line (such as /usr/share/dict/american-english, from Debian's wamerican): whether it has a word in lower case or capitalized becomes a feature (with --wordnet).",
      valueName: "file")
  ) var wordList: String?

  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp(
      "Unlabeled text to learn word clusters from (one or more files): a CoNLL-U file (its word forms), a WordNet data file such as /usr/share/wordnet/data.noun (its glosses and examples), or plain UTF-8 text. The clusters become features, and the model keeps them.",
      valueName: "file")
  ) var clustersFrom: [String] = []
  @Option(help: "Words seen fewer times in the cluster text get no cluster.") var clusterMinimumCount: Int = 5
  @Option(help: "Fine clusters per view (at most 256; a quarter as many middle and a sixteenth as many coarse ones).")
  var clusterClasses: Int = 256

  /// The training options, with the English lexicon read and the word
  /// clusters learned when asked for.
  func options() throws -> TrainingOptions {
    guard wordList == nil || wordnet != nil else { throw ValidationError("--word-list needs --wordnet.") }
    guard (16...256).contains(clusterClasses) else { throw ValidationError("--cluster-classes is 16 to 256.") }
    let english = try wordnet.map { try EnglishLexicon(wordNetDirectory: $0, wordList: wordList) } ?? EnglishLexicon()
    let clusters = try WordClusters.learn(
      fromFiles: clustersFrom, minimumCount: clusterMinimumCount, fineCount: clusterClasses)
    return TrainingOptions(
      epochs: epochs, seed: seed, runs: runs, hashBits: hashBits, lexiconMinimumCount: lexiconMinimumCount,
      minimumWeight: minimumWeight, english: english, clusters: clusters)
  }
}

/// `gloss train pos`: a UPOS tagger from CoNLL-U treebanks.
struct TrainPOSCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pos",
    abstract: "Train a part-of-speech (UPOS) tagger on CoNLL-U files.",
    discussion: """
      Example (the shipped model; WordNet and the word list from Debian's
      wordnet-base and wamerican; word clusters learned from the training
      text and WordNet's glosses):
        gloss train pos --conllu Data/ud-english-ewt/en_ewt-ud-train.conllu --folds 4 --runs 3 \\
          --hash-bits 18 --lexicon-minimum-count 20 --minimum-weight 0.5 --wordnet /usr/share/wordnet \\
          --word-list /usr/share/dict/american-english \\
          --clusters-from Data/ud-english-ewt/en_ewt-ud-train.conllu /usr/share/wordnet/data.noun \\
          /usr/share/wordnet/data.verb /usr/share/wordnet/data.adj /usr/share/wordnet/data.adv \\
          -o Models/pos-en-ewt.glossmodel
      """)

  @Option(help: ArgumentHelp("A training CoNLL-U file (repeatable).", valueName: "file.conllu")) var conllu: [String]
  @OptionGroup var training: TrainingArguments

  func run() throws {
    try reporting {
      guard !conllu.isEmpty else { throw ValidationError("Give at least one --conllu file.") }
      guard training.folds == 0 || training.folds >= 2 else { throw ValidationError("--folds is 0 or at least 2.") }
      var data: [LabeledSequence] = []
      var sources: [TrainingProvenance.Source] = []
      for path in conllu {
        let loaded = try TrainingData.partOfSpeech(conlluAt: path)
        data += loaded.sentences
        sources.append(loaded.source)
      }
      try TrainingReport.train(
        kind: "pos", labels: TrainingData.universalPOSTags, data: data, sources: sources, arguments: training)
    }
  }
}

/// Runs training with progress on standard error, writes the model and
/// prints a summary.
enum TrainingReport {
  static func train(
    kind: String, labels: [String], data: [LabeledSequence], sources: [TrainingProvenance.Source],
    arguments: TrainingArguments, defaultOutput: String? = nil
  ) throws {
    guard let output = arguments.output ?? defaultOutput else { throw ValidationError("Give the model file: -o FILE.") }
    let options = try arguments.options()
    var progress = ProgressReporter(
      "train \(kind)", total: SequenceModelTraining.epochCount(options: options, folds: arguments.folds), unit: "epochs"
    )
    let (model, seconds) = SequenceModelTraining.train(
      kind: kind, labels: labels, data: data, sources: sources, options: options, folds: arguments.folds
    ) { stage, epoch, accuracy in
      progress.advance()
      progress.note(
        (stage.map { "\($0), " } ?? "") + "epoch \(epoch): training accuracy \(String(format2: accuracy * 100))%")
    }
    progress.finish()
    let bytes = model.fileBytes()
    try AtomicFile.write(bytes, toPath: output)
    print(
      "trained \(kind) on \(data.count) sentences, \(data.reduce(0) { $0 + $1.labels.count }) tokens in \(String(format2: seconds)) s; wrote \(output) (\(bytes.count) bytes)"
    )
  }
}
