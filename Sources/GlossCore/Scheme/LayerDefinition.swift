/// One annotation layer of a ``Scheme``: its labels and the attributes its
/// spans may carry.
public struct LayerDefinition: Sendable, Hashable {
  /// The layer's name, such as `entity`.
  public var name: String
  /// What the layer annotates, for help texts.
  public var summary: String
  /// The labels allowed on the layer.
  public var labels: [LabelDefinition]
  /// The attributes spans of the layer may carry.
  public var attributes: [AttributeDefinition]
  /// The overlap policy the scheme declares, or `nil` for the default.
  public var overlap: OverlapPolicy?

  /// How the layer's spans may overlap: as declared, else ``OverlapPolicy/nest``.
  public var overlapPolicy: OverlapPolicy { overlap ?? .nest }

  /// Creates a layer definition.
  public init(
    name: String, summary: String, labels: [LabelDefinition], attributes: [AttributeDefinition] = [],
    overlap: OverlapPolicy? = nil
  ) {
    self.name = name
    self.summary = summary
    self.labels = labels
    self.attributes = attributes
    self.overlap = overlap
  }

  /// The label called `name`, if the layer has one.
  public func label(named name: String) -> LabelDefinition? {
    labels.first { $0.name == name }
  }

  /// The attribute called `name`, if the layer declares one.
  public func attribute(named name: String) -> AttributeDefinition? {
    attributes.first { $0.name == name }
  }

  /// Adds the labels and attributes of `other` that this layer lacks, and
  /// takes its overlap policy when it declares one.
  mutating func merge(_ other: LayerDefinition) {
    if let policy = other.overlap { overlap = policy }
    for label in other.labels where self.label(named: label.name) == nil {
      labels.append(label)
    }
    for attribute in other.attributes where self.attribute(named: attribute.name) == nil {
      attributes.append(attribute)
    }
  }
}

/// A label of a layer, such as `PERSON` on the `entity` layer.
public struct LabelDefinition: Sendable, Hashable {
  /// The label's name.
  public var name: String
  /// What the label marks, for help texts.
  public var summary: String

  /// Creates a label definition.
  public init(name: String, summary: String) {
    self.name = name
    self.summary = summary
  }
}

/// An attribute spans of a layer may carry, such as the TIMEX3 `value`.
public struct AttributeDefinition: Sendable, Hashable {
  /// The attribute's name.
  public var name: String
  /// What the attribute holds, for help texts.
  public var summary: String
  /// Whether every span of the layer must carry it.
  public var isRequired: Bool
  /// The values allowed, or `nil` when any string is allowed.
  public var allowedValues: [String]?

  /// Creates an attribute definition.
  public init(name: String, summary: String, isRequired: Bool = false, allowedValues: [String]? = nil) {
    self.name = name
    self.summary = summary
    self.isRequired = isRequired
    self.allowedValues = allowedValues
  }
}
