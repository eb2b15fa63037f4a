/// A place where predicted tokens or sentences differ from the gold
/// standard, for inspection.
public struct TokenizationErrorExample: Sendable, Hashable, CustomStringConvertible {
  /// Which segmentation the example is about.
  public enum Level: Sendable, Hashable {
    /// Token boundaries.
    case token
    /// Sentence boundaries.
    case sentence
  }

  /// Which segmentation differs.
  public var level: Level
  /// The scalar range of the text where the segmentations disagree.
  public var range: Range<Int>
  /// The gold tokens (or sentence starts and ends) in the range, as text.
  public var gold: [String]
  /// The predicted ones.
  public var predicted: [String]
  /// The text around the range, with the range in `⟦ ⟧` and line breaks
  /// shown as `⏎`.
  public var context: String

  /// Creates an example.
  public init(level: Level, range: Range<Int>, gold: [String], predicted: [String], context: String) {
    self.level = level
    self.range = range
    self.gold = gold
    self.predicted = predicted
    self.context = context
  }

  /// The message a person reads.
  public var description: String {
    let name = level == .token ? "token" : "sentence"
    return "\(name) \(range): gold \(gold) predicted \(predicted) in: \(context)"
  }
}
