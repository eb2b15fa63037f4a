/// One change to one span, as recorded in a revision.
///
/// Changes keep whole spans on both sides, so a revision can be shown,
/// diffed and reverted without consulting any other revision.
public enum SpanChange: Sendable, Hashable {
  /// A new span.
  case add(Span)
  /// A span that was removed.
  case remove(Span)
  /// A span whose label, range, attributes or status changed.
  case update(before: Span, after: Span)

  /// The id of the span concerned.
  public var spanID: String {
    switch self {
    case .add(let span), .remove(let span): return span.id
    case .update(_, let after): return after.id
    }
  }

  /// The span as the change leaves it, `nil` for a removal.
  public var after: Span? {
    switch self {
    case .add(let span), .update(_, let span): return span
    case .remove: return nil
    }
  }

  /// The changes that turn `before` into `after`, ordered by span id.
  public static func changes(from before: [Span], to after: [Span]) -> [SpanChange] {
    var old: [String: Span] = [:]
    for span in before { old[span.id] = span }
    var new: [String: Span] = [:]
    for span in after { new[span.id] = span }
    var result: [SpanChange] = []
    for id in Set(old.keys).union(new.keys).sorted(by: SpanID.order) {
      switch (old[id], new[id]) {
      case (nil, let added?): result.append(.add(added))
      case (let removed?, nil): result.append(.remove(removed))
      case (let previous?, let current?) where previous != current:
        result.append(.update(before: previous, after: current))
      default: break
      }
    }
    return result
  }
}
