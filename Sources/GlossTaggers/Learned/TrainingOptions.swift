/// How to train a ``SequenceModel``.
public struct TrainingOptions: Sendable, Hashable {
  /// Passes over the data.
  public var epochs: Int
  /// The seed of the shuffle between passes.
  public var seed: UInt64
  /// How many times to train, each run shuffling with its own seed
  /// (`seed`, `seed + 1000`, …): the model's weights are the runs' average,
  /// which varies less with the shuffle than one run's.
  public var runs: Int
  /// Feature table size as a power of two.
  public var hashBits: Int
  /// Words seen fewer times get no ambiguity class.
  public var lexiconMinimumCount: Int
  /// Final weights smaller in magnitude are dropped (0: none), which makes
  /// the model file smaller.
  public var minimumWeight: Float
  /// WordNet's parts of speech and a word list as features (empty: none);
  /// the model keeps a copy.
  public var english: EnglishLexicon
  /// Whether the final weights are rounded to 127 magnitudes per sign on a
  /// logarithmic scale (``PerceptronWeights/quantized(levels:minimum:)``),
  /// which a model file stores in one byte each.
  public var quantize: Bool
  /// Distributional word classes as features (empty: none); the model
  /// keeps a copy.
  public var clusters: WordClusters

  /// Creates options; the defaults suit part of speech on a treebank.
  public init(
    epochs: Int = 10, seed: UInt64 = 1, runs: Int = 1, hashBits: Int = 18, lexiconMinimumCount: Int = 3,
    minimumWeight: Float = 0, english: EnglishLexicon = EnglishLexicon(), clusters: WordClusters = WordClusters(),
    quantize: Bool = true
  ) {
    self.quantize = quantize
    self.clusters = clusters
    self.minimumWeight = minimumWeight
    self.epochs = epochs
    self.seed = seed
    self.runs = runs
    self.hashBits = hashBits
    self.lexiconMinimumCount = lexiconMinimumCount
    self.english = english
  }
}
