/// How to train a ``DependencyParser``.
public struct ParserTrainingOptions: Sendable, Hashable {
  /// Passes over the training sentences.
  public var iterations: Int
  /// The seed of the shuffle between passes and of the exploration.
  public var seed: UInt64
  /// The first pass (1-based) on which training explores: follows the
  /// model's own transition, right or wrong, instead of a correct one.
  public var explorationStart: Int
  /// How often, from ``explorationStart`` on, training follows the model's
  /// transition when it is wrong (Goldberg and Nivre 2012 use 0.9).
  public var explorationProbability: Double
  /// The transition feature table size as a power of two.
  public var transitionHashBits: Int
  /// The relation feature table size as a power of two.
  public var relationHashBits: Int
  /// Final weights smaller in magnitude are dropped (a smaller model file).
  public var minimumWeight: Float
  /// How many times to train, each run shuffling and exploring with its own
  /// seed (`seed`, `seed + 1000`, …): the parser's weights are the runs'
  /// average.
  public var runs: Int

  /// Creates options; the defaults made the shipped parser.
  public init(
    iterations: Int = 11, seed: UInt64 = 1, explorationStart: Int = 2, explorationProbability: Double = 0.9,
    transitionHashBits: Int = 22, relationHashBits: Int = 17, minimumWeight: Float = 1.5, runs: Int = 3
  ) {
    self.runs = runs
    self.iterations = iterations
    self.seed = seed
    self.explorationStart = explorationStart
    self.explorationProbability = explorationProbability
    self.transitionHashBits = transitionHashBits
    self.relationHashBits = relationHashBits
    self.minimumWeight = minimumWeight
  }
}
