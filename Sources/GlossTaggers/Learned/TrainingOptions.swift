/// How to train a ``SequenceModel``.
public struct TrainingOptions: Sendable, Hashable {
  /// Passes over the data.
  public var epochs: Int
  /// The seed of the shuffle between passes.
  public var seed: UInt64
  /// Feature table size as a power of two.
  public var hashBits: Int
  /// Words seen fewer times get no ambiguity class.
  public var lexiconMinimumCount: Int

  /// Creates options; the defaults suit part of speech on a treebank.
  public init(epochs: Int = 10, seed: UInt64 = 1, hashBits: Int = 18, lexiconMinimumCount: Int = 3) {
    self.epochs = epochs
    self.seed = seed
    self.hashBits = hashBits
    self.lexiconMinimumCount = lexiconMinimumCount
  }
}
