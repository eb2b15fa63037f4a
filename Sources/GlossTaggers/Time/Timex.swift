/// A normalized TIMEX3 annotation: the type (the span's label) and its
/// attributes.
public struct Timex: Sendable, Hashable {
  /// The TIMEX3 types, the labels of the `time` layer.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
  }

  /// The type.
  public var kind: Kind
  /// The normalized value, such as `2024-06`, `P20Y`, `PRESENT_REF`.
  public var value: String
  /// The modifier (`MORE_THAN`, `APPROX`, `START`…), if any.
  public var mod: String?
  /// What a relative value was resolved against (`dct`), if anything.
  public var anchor: String?
  /// The quantifier of a SET (`EVERY`, `EACH`).
  public var quant: String?
  /// The frequency of a SET (`2X`).
  public var freq: String?

  /// Creates a TIMEX3 annotation.
  public init(
    _ kind: Kind, value: String, mod: String? = nil, anchor: String? = nil, quant: String? = nil, freq: String? = nil
  ) {
    self.kind = kind
    self.value = value
    self.mod = mod
    self.anchor = anchor
    self.quant = quant
    self.freq = freq
  }

  /// The span attributes of the `time` layer.
  public var attributes: [String: String] {
    var attributes = ["value": value]
    if let mod { attributes["mod"] = mod }
    if let anchor { attributes["anchor"] = anchor }
    if let quant { attributes["quant"] = quant }
    if let freq { attributes["freq"] = freq }
    return attributes
  }
}
