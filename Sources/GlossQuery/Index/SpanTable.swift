import GlossCore

/// One document's spans in columns, grouped by `layer:LABEL` key and within
/// a key ordered by position: the span index the evaluator reads.
///
/// Each column keeps its values in the smallest width that fits them
/// (offsets relative to the document, lengths instead of ends, interned
/// annotator and attribute-set ids), and a key's rows are one range, so no
/// per-key row lists are kept. Built from a document's annotations
/// (committed or staged), and rebuilt for that document alone whenever its
/// annotations change.
public struct SpanTable: Sendable {
  /// The revision that last changed the document's committed spans.
  public var revision: Int
  /// The layers marked done on the document (the query field `done`).
  public var doneLayers: [String] = []
  /// Start offsets.
  var starts = PackedInts()
  /// Lengths (end − start).
  var lengths = PackedInts()
  /// Review statuses (their index in `SpanStatus.allCases`).
  var statusCodes: [UInt8] = []
  /// Annotator ids in the string pool.
  var annotators = PackedInts()
  /// Span id numbers plus one (`s12` → 13; 0: none).
  var numbers = PackedInts()
  /// Attribute-set ids plus one (0: none).
  var attributeSets = PackedInts()
  /// The keys present, ascending, and where each one's rows end.
  var keyIDs: [Int32] = []
  var keyRowEnds: [Int32] = []

  /// An empty table.
  public init(revision: Int = 0) {
    self.revision = revision
  }

  /// The table of `annotations`, interning names in `vocabulary`. Spans
  /// that do not fit a text of `textLength` scalars (annotations of a text
  /// that changed since) are left out, so no query reads past the text.
  public init(_ annotations: DocumentAnnotations, vocabulary: inout SpanVocabulary, textLength: Int = .max) {
    self.init(revision: annotations.revision)
    doneLayers = annotations.doneLayers
    let kept = annotations.spans.filter { $0.start >= 0 && $0.end <= textLength && $0.start < $0.end }
    let keys = kept.map { vocabulary.key(layer: $0.layer, label: $0.label) }
    // Grouped by key; within a key, storage order (by start, longer first).
    let order = kept.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    starts = PackedInts(order.map { kept[$0].start })
    lengths = PackedInts(order.map { kept[$0].end - kept[$0].start })
    statusCodes = order.map { UInt8(SpanStatus.allCases.firstIndex(of: kept[$0].status)!) }
    annotators = PackedInts(order.map { vocabulary.string(kept[$0].annotator) })
    numbers = PackedInts(order.map { (SpanID.number(of: kept[$0].id) ?? -1) + 1 })
    attributeSets = PackedInts(
      order.map { kept[$0].attributes.isEmpty ? 0 : vocabulary.attributeSet(kept[$0].attributes) + 1 })
    for (row, position) in order.enumerated() {
      if keyIDs.last != keys[position] {
        keyIDs.append(keys[position])
        keyRowEnds.append(Int32(row))
      }
      keyRowEnds[keyRowEnds.count - 1] = Int32(row + 1)
    }
  }

  /// The number of spans.
  public var count: Int { starts.count }

  /// The start offset of a row.
  @inline(__always)
  public func start(_ row: Int) -> Int32 { Int32(starts[row]) }

  /// The end offset of a row.
  @inline(__always)
  public func end(_ row: Int) -> Int32 { Int32(starts[row] + lengths[row]) }

  /// The review status of a row.
  public func status(_ row: Int) -> SpanStatus { SpanStatus.allCases[Int(statusCodes[row])] }

  /// Whether a row is a rejected suggestion.
  @inline(__always)
  public func isRejected(_ row: Int) -> Bool { statusCodes[row] == Self.rejectedCode }

  /// The status code of `rejected`.
  static let rejectedCode = UInt8(SpanStatus.allCases.firstIndex(of: .rejected)!)

  /// The annotator id of a row.
  public func annotator(_ row: Int) -> Int32 { Int32(annotators[row]) }

  /// The span id number of a row (-1: none).
  public func number(_ row: Int) -> Int32 { Int32(numbers[row]) - 1 }

  /// The attribute-set id of a row (-1: none).
  public func attributeSet(_ row: Int) -> Int32 { Int32(attributeSets[row]) - 1 }

  /// The `layer:LABEL` key of a row.
  public func key(_ row: Int) -> Int32 {
    var index = 0
    while Int(keyRowEnds[index]) <= row { index += 1 }
    return keyIDs[index]
  }

  /// The rows of a key, ordered by start (then longer first).
  public func rows(ofKey key: Int32) -> Range<Int> {
    guard let index = keyIDs.firstIndex(of: key) else { return 0..<0 }
    return (index == 0 ? 0 : Int(keyRowEnds[index - 1]))..<Int(keyRowEnds[index])
  }

  /// The row of the span with id number `number`, if present.
  public func row(ofNumber number: Int32) -> Int? {
    (0..<count).first { self.number($0) == number }
  }

  /// Whether the columns agree (after reading the cache).
  var isValid: Bool {
    let columns = [lengths.count, statusCodes.count, annotators.count, numbers.count, attributeSets.count]
    return columns.allSatisfy { $0 == count } && keyIDs.count == keyRowEnds.count
      && (keyRowEnds.last.map(Int.init) ?? 0) == count && zip(keyRowEnds, keyRowEnds.dropFirst()).allSatisfy { $0 < $1 }
      && keyRowEnds.allSatisfy { $0 > 0 } && statusCodes.allSatisfy { Int($0) < SpanStatus.allCases.count }
  }

  /// The bytes the table occupies (columns and their buffer headers).
  public var memoryFootprint: Int {
    starts.memoryFootprint + lengths.memoryFootprint + statusCodes.count + 32 + annotators.memoryFootprint
      + numbers.memoryFootprint + attributeSets.memoryFootprint + keyIDs.count * 8 + 64
  }
}
