import GlossCore

/// One document's spans in columns, with a list per `layer:LABEL` ordered by
/// position: the span index the evaluator reads.
///
/// Built from a document's annotations (committed or staged), and rebuilt for
/// that document alone whenever its annotations change.
public struct SpanTable: Sendable {
  /// The revision that last changed the document's committed spans.
  public var revision: Int
  /// Start offsets, in storage order (by start, longer first).
  public var starts: [Int32] = []
  /// End offsets.
  public var ends: [Int32] = []
  /// `layer:LABEL` key ids (see ``SpanVocabulary``).
  public var keys: [Int32] = []
  /// Review statuses.
  public var statuses: [SpanStatus] = []
  /// Annotator ids in the string pool.
  public var annotators: [Int32] = []
  /// Span id numbers (`s12` → 12).
  public var numbers: [Int32] = []
  /// Attribute-set ids (-1: none).
  public var attributeSets: [Int32] = []
  /// The rows of each key, ordered by start (then longer first).
  public var rowsByKey: [Int32: [Int32]] = [:]

  /// An empty table.
  public init(revision: Int = 0) {
    self.revision = revision
  }

  /// The table of `annotations`, interning names in `vocabulary`. Spans
  /// that do not fit a text of `textLength` scalars (annotations of a text
  /// that changed since) are left out, so no query reads past the text.
  public init(_ annotations: DocumentAnnotations, vocabulary: inout SpanVocabulary, textLength: Int = .max) {
    self.init(revision: annotations.revision)
    let count = annotations.spans.count
    starts.reserveCapacity(count)
    ends.reserveCapacity(count)
    for span in annotations.spans where span.start >= 0 && span.end <= textLength && span.start < span.end {
      let key = vocabulary.key(layer: span.layer, label: span.label)
      rowsByKey[key, default: []].append(Int32(starts.count))
      starts.append(Int32(span.start))
      ends.append(Int32(span.end))
      keys.append(key)
      statuses.append(span.status)
      annotators.append(vocabulary.string(span.annotator))
      numbers.append(Int32(SpanID.number(of: span.id) ?? -1))
      attributeSets.append(span.attributes.isEmpty ? -1 : vocabulary.attributeSet(span.attributes))
    }
  }

  /// The number of spans.
  public var count: Int { starts.count }

  /// Rebuilds ``rowsByKey`` from ``keys`` (after reading the cache).
  mutating func rebuildRows() {
    rowsByKey = [:]
    for (row, key) in keys.enumerated() { rowsByKey[key, default: []].append(Int32(row)) }
  }

  /// The row of the span with id number `number`, if present.
  public func row(ofNumber number: Int32) -> Int? {
    numbers.firstIndex(of: number)
  }

  /// The bytes the table occupies (approximately).
  public var memoryFootprint: Int {
    count * (4 + 4 + 4 + 1 + 4 + 4 + 4 + 4) + rowsByKey.count * 48
  }
}
