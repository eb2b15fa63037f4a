/// The layers, labels and attributes annotations may use.
///
/// The scheme is data, not code: Gloss ships the scheme of
/// `docs/annotation-scheme.md` (``Scheme/standard``) and a corpus may extend it with
/// a `scheme.json` beside its `Corpus/` folder, adding layers, labels or
/// attributes. Every part of Gloss asks the scheme instead of hard-coding names.
public struct Scheme: Sendable, Hashable {
  /// The layers, in the order they were declared.
  public private(set) var layers: [LayerDefinition]

  /// Creates a scheme from layer definitions.
  public init(layers: [LayerDefinition]) {
    self.layers = layers
  }

  /// The layer called `name`, if the scheme has one.
  public func layer(named name: String) -> LayerDefinition? {
    layers.first { $0.name == name }
  }

  /// The names of every layer.
  public var layerNames: [String] { layers.map(\.name) }

  /// Every `layer:LABEL` pair the scheme allows.
  public var qualifiedLabels: [String] {
    layers.flatMap { layer in layer.labels.map { "\(layer.name):\($0.name)" } }
  }

  /// Adds the layers, labels and attributes of `extension` that this scheme
  /// lacks; existing definitions keep their descriptions.
  public mutating func merge(_ extension: Scheme) {
    for addition in `extension`.layers {
      guard let index = layers.firstIndex(where: { $0.name == addition.name }) else {
        layers.append(addition)
        continue
      }
      layers[index].merge(addition)
    }
  }
}
