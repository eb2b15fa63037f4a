/// A typed span of token indices, read off a BIO label sequence.
public struct LabeledSpan: Sendable, Hashable {
  /// The entity type, such as `PER`.
  public var type: String
  /// Token indices, half-open.
  public var tokens: Range<Int>

  /// Creates a span.
  public init(type: String, tokens: Range<Int>) {
    self.type = type
    self.tokens = tokens
  }

  /// The spans of a BIO sequence (`O`, `B-X`, `I-X`); an `I-X` that does not
  /// continue an `X` starts a new span (the conlleval convention).
  public static func spans(bio labels: [String]) -> [LabeledSpan] {
    var spans: [LabeledSpan] = []
    var open: (type: Substring, start: Int)?
    for (index, label) in labels.enumerated() {
      let type = label.count > 2 ? label.dropFirst(2) : ""
      let continues = label.hasPrefix("I-") && open?.type == type
      if !continues, let current = open {
        spans.append(LabeledSpan(type: String(current.type), tokens: current.start..<index))
        open = nil
      }
      if label.hasPrefix("B-") || (label.hasPrefix("I-") && !continues) { open = (type, index) }
    }
    if let current = open {
      spans.append(LabeledSpan(type: String(current.type), tokens: current.start..<labels.count))
    }
    return spans
  }
}
