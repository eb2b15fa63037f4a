import GlossCore

/// Compares predicted spans with gold spans, per layer and label.
///
/// - **Exact match**: a predicted span is correct when a gold span has the
///   same layer, label, start and end.
/// - **Overlap match**: correct when it overlaps a not yet matched gold span
///   of the same layer and label; exact matches are paired first, then the
///   remaining spans by text order, so each gold span counts once.
/// - **TIMEX3 agreement** (layer `time`): each gold time span is paired with
///   an overlapping predicted time span of any label (the exact extent
///   first, else the largest overlap), and type and `value` are compared.
public struct SpanEvaluation: Sendable {
  /// Per layer, the totals and the scores per label.
  public private(set) var layers: [String: LayerScore] = [:]
  /// TIMEX3 agreement on the time layer.
  public private(set) var timex = TimexAgreement()
  /// How many documents were compared.
  public private(set) var documents = 0

  /// The scores of one layer.
  public struct LayerScore: Sendable, Hashable {
    /// Over every label.
    public var total = SpanScore()
    /// Per label.
    public var labels: [String: SpanScore] = [:]
  }

  /// An empty evaluation.
  public init() {}

  /// Adds one document: its gold spans and the predicted ones. Only layers
  /// in `layers` count (every layer of either side when nil).
  public mutating func add(gold: [Span], predicted: [Span], layers selected: Set<String>? = nil) {
    documents += 1
    let layerNames = selected ?? Set(gold.map(\.layer) + predicted.map(\.layer))
    for layer in layerNames {
      let goldSpans = gold.filter { $0.layer == layer }
      let predictedSpans = predicted.filter { $0.layer == layer }
      var score = layers[layer] ?? LayerScore()
      for label in Set(goldSpans.map(\.label) + predictedSpans.map(\.label)) {
        let labelScore = Self.score(
          gold: goldSpans.filter { $0.label == label }.map(\.range),
          predicted: predictedSpans.filter { $0.label == label }.map(\.range))
        score.labels[label, default: SpanScore()].add(labelScore)
        score.total.add(labelScore)
      }
      layers[layer] = score
      if layer == "time" { addTimex(gold: goldSpans, predicted: predictedSpans) }
    }
  }

  /// Exact and overlap scores of one label's ranges.
  static func score(gold: [Range<Int>], predicted: [Range<Int>]) -> SpanScore {
    var remainingGold: [Range<Int>: Int] = [:]
    for range in gold { remainingGold[range, default: 0] += 1 }
    var exact = 0
    var unmatchedPredicted: [Range<Int>] = []
    for range in predicted {
      if let count = remainingGold[range], count > 0 {
        remainingGold[range] = count - 1
        exact += 1
      } else {
        unmatchedPredicted.append(range)
      }
    }
    var unmatchedGold = remainingGold.flatMap { Array(repeating: $0.key, count: $0.value) }
      .sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    var overlap = exact
    for range in unmatchedPredicted.sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
      if let index = unmatchedGold.firstIndex(where: { $0.overlaps(range) }) {
        unmatchedGold.remove(at: index)
        overlap += 1
      }
    }
    return SpanScore(
      exact: BoundaryScore(gold: gold.count, predicted: predicted.count, correct: exact),
      overlap: BoundaryScore(gold: gold.count, predicted: predicted.count, correct: overlap))
  }

  private mutating func addTimex(gold: [Span], predicted: [Span]) {
    var available = predicted
    for span in gold {
      let candidates = available.indices.filter { available[$0].range.overlaps(span.range) }
      guard
        let best = candidates.max(by: { lhs, rhs in
          Self.closeness(available[lhs].range, span.range) < Self.closeness(available[rhs].range, span.range)
        })
      else { continue }
      let match = available.remove(at: best)
      timex.matched += 1
      let sameType = match.label == span.label
      let sameValue = match.attributes["value"] == span.attributes["value"]
      if sameType { timex.sameType += 1 }
      if sameValue { timex.sameValue += 1 }
      if sameType && sameValue { timex.sameTypeAndValue += 1 }
    }
  }

  /// Exact extent first, then the largest overlap.
  private static func closeness(_ lhs: Range<Int>, _ rhs: Range<Int>) -> (Int, Int) {
    let shared = min(lhs.upperBound, rhs.upperBound) - max(lhs.lowerBound, rhs.lowerBound)
    return (lhs == rhs ? 1 : 0, shared)
  }
}
