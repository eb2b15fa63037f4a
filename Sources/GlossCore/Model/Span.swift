/// An annotation: a labelled, half-open range `[start, end)` of Unicode scalar
/// offsets in one document's text.
///
/// Spans carry their provenance (who made them and their review status) and
/// free string attributes such as a TIMEX3 `value`. Their `id` is stable for
/// the life of the span, across relabelling and review.
public struct Span: Sendable, Hashable, Identifiable {
  /// The span's identifier, unique within its document (for example `s12`).
  public var id: String
  /// The layer the span belongs to (`entity`, `time`, `clause`, …).
  public var layer: String
  /// The label within the layer (`PERSON`, `DATE`, `SUB`, …).
  public var label: String
  /// The offset of the first scalar covered.
  public var start: Int
  /// The offset just past the last scalar covered.
  public var end: Int
  /// Further attributes, such as TIMEX3 `value`, `mod` and `anchor`.
  public var attributes: [String: String]
  /// Who made the span: a person's name or a tagger such as `tagger:dates@1`.
  public var annotator: String
  /// The review status.
  public var status: SpanStatus

  /// Creates a span.
  public init(
    id: String, layer: String, label: String, start: Int, end: Int,
    attributes: [String: String] = [:], annotator: String, status: SpanStatus
  ) {
    self.id = id
    self.layer = layer
    self.label = label
    self.start = start
    self.end = end
    self.attributes = attributes
    self.annotator = annotator
    self.status = status
  }

  /// The scalar range the span covers.
  public var range: Range<Int> { start..<end }

  /// The span's `layer:LABEL` name, as written in commands and queries.
  public var qualifiedLabel: String { "\(layer):\(label)" }
}

extension Span {
  /// The order spans are kept and written in: by start, longer (outer) spans
  /// first, then layer, label and id, so files are stable and diffs small.
  public static func storageOrder(_ lhs: Span, _ rhs: Span) -> Bool {
    if lhs.start != rhs.start { return lhs.start < rhs.start }
    if lhs.end != rhs.end { return lhs.end > rhs.end }
    if lhs.layer != rhs.layer { return lhs.layer < rhs.layer }
    if lhs.label != rhs.label { return lhs.label < rhs.label }
    return SpanID.order(lhs.id, rhs.id)
  }
}

extension Span {
  /// Whether the span is a tagger's suggestion not yet reviewed: status
  /// `suggested` and an annotator starting with `tagger:`.
  public var isTaggerSuggestion: Bool { status == .suggested && annotator.hasPrefix("tagger:") }
}
