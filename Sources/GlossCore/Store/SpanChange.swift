/// One change to one span, or to a document's review state, as recorded in
/// a revision.
///
/// Changes keep whole spans (and whole sets of done layers) on both sides,
/// so a revision can be shown, diffed and reverted without consulting any
/// other revision.
public enum SpanChange: Sendable, Hashable {
  /// A new span.
  case add(Span)
  /// A span that was removed.
  case remove(Span)
  /// A span whose label, range, attributes or status changed.
  case update(before: Span, after: Span)
  /// The layers marked done (fully reviewed) on the document changed, from
  /// `before` to `after` (both sorted).
  case done(before: [String], after: [String])

  /// The id of the span concerned (empty for a change of done layers).
  public var spanID: String {
    switch self {
    case .add(let span), .remove(let span): return span.id
    case .update(_, let after): return after.id
    case .done: return ""
    }
  }

  /// The span as the change leaves it, `nil` for a removal or a change of
  /// done layers.
  public var after: Span? {
    switch self {
    case .add(let span), .update(_, let span): return span
    case .remove, .done: return nil
    }
  }

  /// The changes that turn the annotations `before` into `after`: their
  /// spans' changes, then the change of done layers if they differ.
  public static func changes(from before: DocumentAnnotations, to after: DocumentAnnotations) -> [SpanChange] {
    var result = changes(from: before.spans, to: after.spans)
    if before.doneLayers != after.doneLayers {
      result.append(.done(before: before.doneLayers, after: after.doneLayers))
    }
    return result
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
