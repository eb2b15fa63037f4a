/// What ``ModelBenchmark`` measured: the corpus, each model's best time,
/// and the POS training time when it was asked for.
public struct ModelBenchmarkResult: Sendable, Hashable {
  /// One shipped model's best time.
  public struct Model: Sendable, Hashable {
    /// The shipped model's name, e.g. `pos-en-ewt`.
    public var name: String
    /// Its kind and features, e.g. `entities+gazetteer+pos`.
    public var kind: String
    /// The seconds its best run took over every sentence.
    public var seconds: Double

    /// A model's measurement.
    public init(name: String, kind: String, seconds: Double) {
      self.name = name
      self.kind = kind
      self.seconds = seconds
    }
  }

  /// The shipped tagger, lemmatizer and parser run together.
  public struct Syntax: Sendable, Hashable {
    /// The seconds the best run took over every sentence (tag, lemmatize, parse).
    public var seconds: Double
    /// The seconds the best run of tagging and lemmatizing alone took.
    public var taggingSeconds: Double
    /// The resident memory the three models took when loaded.
    public var residentBytes: Int
    /// The bytes of the parser's weight tables.
    public var parserTableBytes: Int
    /// The bytes of the tagger's weight tables (both passes).
    public var taggerTableBytes: Int
  }

  /// The tokens of the corpus.
  public var tokens: Int
  /// Its sentences.
  public var sentences: Int
  /// The generator's seed.
  public var seed: UInt64
  /// How many runs were made (the best counts).
  public var runs: Int
  /// Each model, in ``ModelBenchmark/models`` order.
  public var models: [Model]
  /// The seconds part-of-speech and entity tagging take together: the
  /// entity model's alone when it tags part of speech for its features.
  public var posAndEntitiesSeconds: Double
  /// The seconds POS training took, or `nil` when it was not timed.
  public var trainingSeconds: Double?
  /// Tagging, lemmatizing and parsing together, when measured.
  public var syntax: Syntax?

  /// A measurement.
  public init(
    tokens: Int, sentences: Int, seed: UInt64, runs: Int, models: [Model], posAndEntitiesSeconds: Double,
    trainingSeconds: Double?
  ) {
    self.tokens = tokens
    self.sentences = sentences
    self.seed = seed
    self.runs = runs
    self.models = models
    self.posAndEntitiesSeconds = posAndEntitiesSeconds
    self.trainingSeconds = trainingSeconds
  }

  /// The corpus's tokens per second when they take `seconds`.
  public func wordsPerSecond(_ seconds: Double) -> Int { Throughput.wordsPerSecond(tokens, in: seconds) }
}
