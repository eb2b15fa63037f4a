/// Re-applies a document's staged changes onto spans that another writer
/// has committed since they were staged, change by change, the way a
/// three-way merge would: a change applies when the span it starts from is
/// still as it was; it is already there when the other writer made the same
/// change; otherwise it conflicts and is left out (and reported).
public struct StagedRebase: Sendable {
  /// A change that could not be re-applied, and why.
  public struct Conflict: Sendable, Hashable, CustomStringConvertible {
    /// The staged change.
    public var change: SpanChange
    /// What the other writer did to the span.
    public var reason: String

    /// `add entity:PERSON [18, 32): …reason`.
    public var description: String {
      switch change {
      case .add(let span): return "add \(span.qualifiedLabel) [\(span.start), \(span.end)): \(reason)"
      case .remove(let span): return "remove \(span.id) \(span.qualifiedLabel) [\(span.start), \(span.end)): \(reason)"
      case .update(let before, let after):
        return "change \(before.id) \(before.qualifiedLabel) [\(before.start), \(before.end)) → "
          + "\(after.qualifiedLabel) [\(after.start), \(after.end)): \(reason)"
      case .done(let before, let after):
        return "done layers \(StagedRebase.list(before)) → \(StagedRebase.list(after)): \(reason)"
      }
    }
  }

  /// The spans with every change that applies.
  public private(set) var spans: [Span]
  /// The done layers with the change of done layers, if it applies.
  public private(set) var doneLayers: [String]
  /// The changes applied.
  public private(set) var applied: [SpanChange] = []
  /// The changes the other writer had already made.
  public private(set) var alreadyThere: [SpanChange] = []
  /// The changes left out.
  public private(set) var conflicts: [Conflict] = []
  /// The number the next new span of the document takes.
  public private(set) var nextSpanNumber: Int

  /// Re-applies `changes` onto `current` (the document's committed spans
  /// now) and `doneLayers` (its committed done layers); `nextSpanNumber`
  /// numbers spans whose id the other writer took.
  public init(_ changes: [SpanChange], onto current: [Span], doneLayers: [String] = [], nextSpanNumber: Int) {
    spans = current
    self.doneLayers = doneLayers
    self.nextSpanNumber = nextSpanNumber
    var next = max(nextSpanNumber, (current.compactMap { SpanID.number(of: $0.id) }.max() ?? 0) + 1)
    for change in changes { apply(change, next: &next) }
    spans.sort(by: Span.storageOrder)
    self.nextSpanNumber = max(next, (spans.compactMap { SpanID.number(of: $0.id) }.max() ?? 0) + 1)
  }

  private mutating func apply(_ change: SpanChange, next: inout Int) {
    switch change {
    case .add(var span):
      if spans.contains(where: { Self.sameAnnotation($0, span) }) {
        alreadyThere.append(change)
        return
      }
      if spans.contains(where: { $0.id == span.id }) {
        span.id = SpanID.make(next)
        next += 1
      }
      spans.append(span)
      applied.append(.add(span))
    case .remove(let span):
      guard let index = spans.firstIndex(where: { $0.id == span.id }) else {
        alreadyThere.append(change)
        return
      }
      guard spans[index] == span else {
        conflicts.append(
          Conflict(change: change, reason: "the other writer changed it to \(Self.describe(spans[index]))"))
        return
      }
      spans.remove(at: index)
      applied.append(change)
    case .update(let before, let after):
      guard let index = spans.firstIndex(where: { $0.id == before.id }) else {
        conflicts.append(Conflict(change: change, reason: "the other writer removed it"))
        return
      }
      if spans[index] == after {
        alreadyThere.append(change)
      } else if spans[index] == before {
        spans[index] = after
        applied.append(change)
      } else {
        conflicts.append(
          Conflict(change: change, reason: "the other writer changed it to \(Self.describe(spans[index]))"))
      }
    case .done(let before, let after):
      if doneLayers == after {
        alreadyThere.append(change)
      } else if doneLayers == before {
        doneLayers = after
        applied.append(change)
      } else {
        conflicts.append(
          Conflict(change: change, reason: "the other writer made the done layers \(Self.list(doneLayers))"))
      }
    }
  }

  /// `entity, time`, or `none`.
  static func list(_ layers: [String]) -> String {
    layers.isEmpty ? "none" : layers.joined(separator: ", ")
  }

  /// Whether two spans say the same thing (layer, label, extent, attributes).
  private static func sameAnnotation(_ a: Span, _ b: Span) -> Bool {
    a.layer == b.layer && a.label == b.label && a.start == b.start && a.end == b.end && a.attributes == b.attributes
  }

  private static func describe(_ span: Span) -> String {
    "\(span.qualifiedLabel) [\(span.start), \(span.end)) \(span.status.rawValue) by \(span.annotator)"
  }
}
