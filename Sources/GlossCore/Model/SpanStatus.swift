/// Where a span stands in review.
///
/// Taggers create `suggested` spans; a person turns them into `accepted` or
/// `rejected` ones. Exports of training data take accepted spans by default.
public enum SpanStatus: String, Sendable, Hashable, CaseIterable, Codable {
  /// Made by a tagger and not yet reviewed.
  case suggested
  /// Confirmed by a person (or made by hand).
  case accepted
  /// Reviewed and refused; kept so re-tagging does not suggest it again.
  case rejected
}
