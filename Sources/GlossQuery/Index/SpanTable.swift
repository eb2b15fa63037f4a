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

  /// The table of `annotations`, interning names in `vocabulary`.
  public init(_ annotations: DocumentAnnotations, vocabulary: inout SpanVocabulary) {
    self.init(revision: annotations.revision)
    let count = annotations.spans.count
    starts.reserveCapacity(count)
    ends.reserveCapacity(count)
    for span in annotations.spans {
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

/// The names spans use, numbered: `layer:LABEL` keys, annotators and other
/// strings, and attribute sets (most spans share a few).
public struct SpanVocabulary: Sendable {
  /// The layer of each key.
  public private(set) var layers: [String] = []
  /// The label of each key.
  public private(set) var labels: [String] = []
  /// The strings (annotators).
  public private(set) var strings: [String] = []
  /// The attribute sets.
  public private(set) var attributeSets: [[String: String]] = []

  private var keyIndex: [String: Int32] = [:]
  private var stringIndex: [String: Int32] = [:]
  private var attributeIndex: [[String: String]: Int32] = [:]

  /// An empty vocabulary.
  public init() {}

  /// A vocabulary from its stored parts (the index cache).
  init(layers: [String], labels: [String], strings: [String], attributeSets: [[String: String]]) {
    for (layer, label) in zip(layers, labels) { _ = key(layer: layer, label: label) }
    for string in strings { _ = self.string(string) }
    for set in attributeSets { _ = attributeSet(set) }
  }

  /// The key of `layer:label`, added when new.
  public mutating func key(layer: String, label: String) -> Int32 {
    let name = layer + ":" + label
    if let key = keyIndex[name] { return key }
    let key = Int32(layers.count)
    layers.append(layer)
    labels.append(label)
    keyIndex[name] = key
    return key
  }

  /// The keys of a layer, or of one label of it.
  public func keys(layer: String, label: String?) -> [Int32] {
    if let label { return keyIndex[layer + ":" + label].map { [$0] } ?? [] }
    return layers.indices.filter { layers[$0] == layer }.map { Int32($0) }
  }

  /// The id of `string`, added when new.
  public mutating func string(_ string: String) -> Int32 {
    if let id = stringIndex[string] { return id }
    let id = Int32(strings.count)
    strings.append(string)
    stringIndex[string] = id
    return id
  }

  /// The id of an attribute set, added when new.
  public mutating func attributeSet(_ attributes: [String: String]) -> Int32 {
    if let id = attributeIndex[attributes] { return id }
    let id = Int32(attributeSets.count)
    attributeSets.append(attributes)
    attributeIndex[attributes] = id
    return id
  }
}
