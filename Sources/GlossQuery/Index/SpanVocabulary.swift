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
