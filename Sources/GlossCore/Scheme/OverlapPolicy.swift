/// How spans of one layer may lie against each other.
///
/// A layer's policy is set in `scheme.json` (`"overlap": "nest"`). Only
/// spans that are not rejected count: a rejected span is a decision, not an
/// annotation, so it never conflicts with anything.
public enum OverlapPolicy: String, Sendable, Hashable, CaseIterable {
  /// No two spans of the layer share a character.
  case none
  /// A span may lie inside another of its layer, but two spans never share
  /// an extent or cross (each one covering part of the other only).
  case nest
  /// Spans may overlap in any way, even share an extent.
  case any

  /// Whether spans over `lhs` and `rhs` may stand together under this policy.
  public func allows(_ lhs: Range<Int>, _ rhs: Range<Int>) -> Bool {
    switch self {
    case .any:
      return true
    case .none:
      return !lhs.overlaps(rhs)
    case .nest:
      if lhs == rhs { return false }
      if !lhs.overlaps(rhs) { return true }
      let lhsInside = rhs.lowerBound <= lhs.lowerBound && lhs.upperBound <= rhs.upperBound
      let rhsInside = lhs.lowerBound <= rhs.lowerBound && rhs.upperBound <= lhs.upperBound
      return lhsInside || rhsInside
    }
  }

  /// What the policy allows, for help texts and errors.
  public var summary: String {
    switch self {
    case .none: return "spans never overlap"
    case .nest: return "spans may nest, but never share an extent or cross"
    case .any: return "spans may overlap freely"
    }
  }
}

extension Scheme {
  /// The first span of `spans` that `span` may not stand beside under its
  /// layer's overlap policy, or `nil`. Rejected spans, and `span` itself
  /// (by id), never conflict.
  public func overlapConflict(for span: Span, among spans: some Sequence<Span>) -> Span? {
    guard span.status != .rejected, let policy = layer(named: span.layer)?.overlapPolicy, policy != .any else {
      return nil
    }
    for other in spans
    where other.layer == span.layer && other.status != .rejected && other.id != span.id
      && !policy.allows(span.range, other.range)
    {
      return other
    }
    return nil
  }
}
