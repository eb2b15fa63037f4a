import GlossCore
import GlossTaggers

/// Words per second of each shipped learned model on a generated corpus
/// (``BenchmarkCorpus``) and, optionally, how long training the shipped POS
/// model takes: what `gloss bench models` measures.
///
/// The corpus is tokenized and split into sentences first (not timed); then
/// each model tags every sentence on one thread, its extra features included.
public struct ModelBenchmark: Sendable {
  /// The files POS training reads.
  public struct TrainingInput: Sendable, Hashable {
    /// The CoNLL-U file to train on.
    public var conllu: String
    /// The WordNet database directory (lexicon features and cluster text).
    public var wordNet: String
    /// The word list of the English lexicon.
    public var wordList: String

    /// Training on `conllu` with the lexicons at `wordNet` and `wordList`.
    public init(conllu: String, wordNet: String, wordList: String) {
      self.conllu = conllu
      self.wordNet = wordNet
      self.wordList = wordList
    }
  }

  /// The shipped models measured, in order: POS first, then the entity
  /// model (``ModelBenchmarkResult/posAndEntitiesSeconds`` reads both).
  public static let models = ["pos-en-ewt", "entities-en-ewt", "clauses-en-ewt"]
  /// The folds of the stacked POS training (as the README's command).
  public static let trainingFolds = 4
  /// The training runs averaged in each fold.
  public static let trainingRuns = 3
  /// The rest of the README's POS training options.
  private static let trainingEpochs = 10
  private static let trainingSeed: UInt64 = 1
  private static let trainingHashBits = 18
  private static let trainingLexiconMinimumCount = 20
  private static let trainingMinimumWeight: Float = 0.5
  /// How often a word must occur to get a cluster.
  private static let clusterMinimumCount = 5
  /// The WordNet data files whose glosses the clusters learn from.
  private static let wordNetDataFiles = ["noun", "verb", "adj", "adv"].map { "data." + $0 }

  /// How many words to generate.
  public var words: Int
  /// The generator's seed.
  public var seed: UInt64
  /// How many times each model tags the corpus; at least one run is made.
  public var repeats: Int
  /// What POS training reads, or `nil` not to time training.
  public var training: TrainingInput?

  /// A benchmark of `words` words from `seed`, tagged `repeats` times, and
  /// POS training on `training` when given.
  public init(words: Int, seed: UInt64, repeats: Int, training: TrainingInput? = nil) {
    self.words = words
    self.seed = seed
    self.repeats = repeats
    self.training = training
  }

  /// How many runs are made.
  public var runs: Int { max(1, repeats) }

  /// Tags the corpus with each model and times training.
  ///
  /// - Throws: when a shipped model, its features or the training files
  ///   cannot be read.
  public func run() throws -> ModelBenchmarkResult {
    var generator = BenchmarkCorpus(seed: seed)
    let sentences = Self.sentences(of: generator.documents(words: words))
    let models = try Self.models.map { try measure(model: $0, on: sentences) }
    // An entity model with POS features tags part of speech on the way.
    let posAndEntities =
      EntityFeatures.uses(kind: models[1].kind).partOfSpeech ? models[1].seconds : models[0].seconds + models[1].seconds
    var result = ModelBenchmarkResult(
      tokens: sentences.reduce(0) { $0 + $1.tokens.count }, sentences: sentences.count, seed: seed, runs: runs,
      models: models, posAndEntitiesSeconds: posAndEntities, trainingSeconds: try training.map(Self.timeTraining))
    result.syntax = try measureSyntax(on: sentences)
    return result
  }

  /// The best time of the shipped tagger, lemmatizer and parser together
  /// over every sentence, and the memory they take.
  private func measureSyntax(on sentences: [TokenSequence]) throws -> ModelBenchmarkResult.Syntax {
    let before = MemoryProbe.current()
    let pipeline = try SyntaxPipeline.shipped()
    let loaded = MemoryProbe.current() - before
    var workspace = SyntaxPipeline.Workspace()
    var best = Double.infinity
    var bestTagging = Double.infinity
    for _ in 0..<runs {
      let (tagging, _) = MonotonicClock.time {
        for sentence in sentences { pipeline.tag(sentence, workspace: &workspace) }
      }
      let (seconds, _) = MonotonicClock.time {
        for sentence in sentences { pipeline.analyze(sentence, workspace: &workspace) }
      }
      best = min(best, seconds)
      bestTagging = min(bestTagging, tagging)
    }
    return ModelBenchmarkResult.Syntax(
      seconds: best, taggingSeconds: bestTagging, residentBytes: loaded, parserTableBytes: pipeline.parser.tableBytes,
      taggerTableBytes: pipeline.tagger.tableBytes)
  }

  /// Every non-empty sentence of the documents, tokenized.
  private static func sentences(of items: [BenchmarkCorpus.Item]) -> [TokenSequence] {
    let tokenizer = Tokenizer()
    var sentences: [TokenSequence] = []
    for item in items {
      let text = SourceText(item.text)
      let tokenization = tokenizer.tokenize(text)
      let byteRanges = text.utf8Ranges(of: tokenization.tokens)
      var index = 0
      for sentence in tokenization.sentences {
        var ranges: [Range<Int>] = []
        while index < byteRanges.count && tokenization.tokens[index].lowerBound < sentence.upperBound {
          ranges.append(byteRanges[index])
          index += 1
        }
        if !ranges.isEmpty { sentences.append(TokenSequence(bytes: text.utf8, tokens: ranges)) }
      }
    }
    return sentences
  }

  /// The best time of the shipped model `name` over every sentence.
  private func measure(model name: String, on sentences: [TokenSequence]) throws -> ModelBenchmarkResult.Model {
    let model = try SequenceModel(contentsOfFile: try ModelCatalog.resolve(nil, shipped: name + ".glossmodel"))
    let uses = EntityFeatures.uses(kind: model.kind)
    let features = try EntityFeatures.load(gazetteer: uses.gazetteer, pos: uses.partOfSpeech, posModel: nil)
    let plain = !uses.gazetteer && !uses.partOfSpeech
    var best = Double.infinity
    var workspace = SequenceModel.Workspace()
    for _ in 0..<runs {
      let (seconds, _) = MonotonicClock.time {
        for sentence in sentences {
          model.tag(sentence, extra: plain ? [] : features.features(of: sentence), workspace: &workspace)
        }
      }
      best = min(best, seconds)
    }
    return ModelBenchmarkResult.Model(name: name, kind: model.kind, seconds: best)
  }

  /// The seconds the README's POS training takes on `input`; reading the
  /// lexicons is part of training, loading the CoNLL-U file is not.
  private static func timeTraining(_ input: TrainingInput) throws -> Double {
    let loaded = try TrainingData.partOfSpeech(conlluAt: input.conllu)
    return try MonotonicClock.time {
      let english = try EnglishLexicon(wordNetDirectory: input.wordNet, wordList: input.wordList)
      let clusters = WordClusters.learn(
        from: try TrainingData.unlabeledSentences(
          at: [input.conllu] + wordNetDataFiles.map { input.wordNet + "/" + $0 }),
        minimumCount: clusterMinimumCount)
      _ = SequenceModel.trainStacked(
        kind: "pos", labels: TrainingData.universalPOSTags, data: loaded.sentences,
        options: TrainingOptions(
          epochs: trainingEpochs, seed: trainingSeed, runs: trainingRuns, hashBits: trainingHashBits,
          lexiconMinimumCount: trainingLexiconMinimumCount, minimumWeight: trainingMinimumWeight, english: english,
          clusters: clusters),
        folds: trainingFolds, sources: [loaded.source])
    }.seconds
  }
}
