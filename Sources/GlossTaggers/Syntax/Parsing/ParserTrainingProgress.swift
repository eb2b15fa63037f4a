/// What a pass of parser training reports: its number and how often the
/// model's choices were right on the training sentences.
public struct ParserTrainingProgress: Sendable, Hashable {
  /// The pass, from 1.
  public var iteration: Int
  /// The share of transitions whose predicted move had zero cost.
  public var transitionAccuracy: Double
  /// The share of arcs with a correct head whose predicted relation was
  /// the gold one.
  public var relationAccuracy: Double
}
