/// A training or test sentence: tokens and the index of each token's gold
/// label in the model's label list.
public struct LabeledSequence: Sendable, Hashable {
  /// The tokens.
  public var tokens: TokenSequence
  /// One label index per token.
  public var labels: [Int]
  /// Extra features per token (such as gazetteer hits), or empty.
  public var extraFeatures: [[String]]

  /// Creates a labeled sentence.
  public init(tokens: TokenSequence, labels: [Int], extraFeatures: [[String]] = []) {
    precondition(tokens.count == labels.count, "one label per token")
    self.tokens = tokens
    self.labels = labels
    self.extraFeatures = extraFeatures
  }
}
