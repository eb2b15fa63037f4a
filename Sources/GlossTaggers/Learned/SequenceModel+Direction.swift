extension SequenceModel {
  /// The order in which a model reads (and labels) a sentence's tokens.
  public enum Direction: String, Sendable, Hashable, CaseIterable {
    /// From the first token to the last: the previous labels it sees are
    /// those of the words to the left.
    case leftToRight = "left-to-right"
    /// From the last token to the first: the previous labels it sees are
    /// those of the words to the right.
    case rightToLeft = "right-to-left"
  }
}
