/// The scores of one layer or one label: exact span match and overlap match.
public struct SpanScore: Sendable, Hashable {
  /// Spans whose layer, label, start and end all equal a gold span's.
  public var exact: BoundaryScore
  /// Spans with the gold span's layer and label that overlap it (each gold
  /// span matched at most once).
  public var overlap: BoundaryScore

  /// Creates a score.
  public init(
    exact: BoundaryScore = BoundaryScore(gold: 0, predicted: 0, correct: 0),
    overlap: BoundaryScore = BoundaryScore(gold: 0, predicted: 0, correct: 0)
  ) {
    self.exact = exact
    self.overlap = overlap
  }

  /// Adds the counts of `other`.
  mutating func add(_ other: SpanScore) {
    exact = BoundaryScore(
      gold: exact.gold + other.exact.gold, predicted: exact.predicted + other.exact.predicted,
      correct: exact.correct + other.exact.correct)
    overlap = BoundaryScore(
      gold: overlap.gold + other.overlap.gold, predicted: overlap.predicted + other.overlap.predicted,
      correct: overlap.correct + other.overlap.correct)
  }
}

/// How well TIMEX3 types and values agree on time spans that match a gold
/// span (by overlap, any label).
public struct TimexAgreement: Sendable, Hashable {
  /// Predicted time spans matched to a gold time span.
  public var matched = 0
  /// Of those, how many have the gold type (label).
  public var sameType = 0
  /// Of those, how many have the gold `value`.
  public var sameValue = 0
  /// Of those, how many have both.
  public var sameTypeAndValue = 0

  /// Creates empty counts.
  public init() {}

  /// `sameType / matched`.
  public var typeAccuracy: Double { matched == 0 ? 0 : Double(sameType) / Double(matched) }
  /// `sameValue / matched`.
  public var valueAccuracy: Double { matched == 0 ? 0 : Double(sameValue) / Double(matched) }
  /// `sameTypeAndValue / matched`.
  public var typeAndValueAccuracy: Double { matched == 0 ? 0 : Double(sameTypeAndValue) / Double(matched) }
}
