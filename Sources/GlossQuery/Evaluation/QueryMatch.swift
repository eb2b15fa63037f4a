/// One match of a query: a range of a document's text, and the span when the
/// match is one.
public struct QueryMatch: Sendable, Hashable, Comparable {
  /// The document's index in the corpus.
  public var document: Int32
  /// The first scalar offset covered.
  public var start: Int32
  /// The offset just past the match.
  public var end: Int32
  /// The span's id number (`s12` → 12), or -1 for a token match.
  public var spanNumber: Int32

  /// Creates a match.
  public init(document: Int32, start: Int32, end: Int32, spanNumber: Int32 = -1) {
    self.document = document
    self.start = start
    self.end = end
    self.spanNumber = spanNumber
  }

  /// Whether the match is a span.
  public var isSpan: Bool { spanNumber >= 0 }

  /// The scalar range covered.
  public var range: Range<Int> { Int(start)..<Int(end) }

  /// Document order: by document, start, end, then span.
  public static func < (lhs: QueryMatch, rhs: QueryMatch) -> Bool {
    if lhs.document != rhs.document { return lhs.document < rhs.document }
    if lhs.start != rhs.start { return lhs.start < rhs.start }
    if lhs.end != rhs.end { return lhs.end < rhs.end }
    return lhs.spanNumber < rhs.spanNumber
  }
}
