/// A span was refused because it does not fit its text or the scheme.
///
/// Each case says what is wrong in terms a user can act on; ``description``
/// gives the full sentence, with the nearest known name for a typo.
public enum SpanValidationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The range is empty or reversed.
  case emptyRange(start: Int, end: Int)
  /// The range reaches outside the text.
  case outOfBounds(start: Int, end: Int, textLength: Int)
  /// The first scalar covered is whitespace.
  case startsOnWhitespace(offset: Int)
  /// The last scalar covered is whitespace.
  case endsOnWhitespace(offset: Int)
  /// The scheme has no such layer.
  case unknownLayer(String, suggestion: String?)
  /// The layer has no such label; `known` lists the layer's labels.
  case unknownLabel(layer: String, label: String, suggestion: String?, known: [String])
  /// The layer declares no such attribute; `known` lists the layer's attributes.
  case unknownAttribute(layer: String, name: String, suggestion: String?, known: [String] = [])
  /// A value outside the attribute's allowed values.
  case invalidAttributeValue(layer: String, name: String, value: String, allowed: [String])
  /// A required attribute is missing.
  case missingAttribute(layer: String, name: String)

  /// The message a person reads.
  public var description: String {
    switch self {
    case .emptyRange(let start, let end):
      return "span [\(start), \(end)) is empty: the end must be greater than the start"
    case .outOfBounds(let start, let end, let length):
      return "span [\(start), \(end)) lies outside the text, which has \(length) characters (offsets 0..<\(length))"
    case .startsOnWhitespace(let offset):
      return "span starts on whitespace at offset \(offset); spans begin at their first word"
    case .endsOnWhitespace(let offset):
      return "span ends on whitespace at offset \(offset); spans end at their last word"
    case .unknownLayer(let name, let suggestion):
      return "unknown layer '\(name)'" + Self.hint(suggestion)
        + "; layers are defined by the scheme (built-in, or scheme.json beside Corpus/)"
    case .unknownLabel(let layer, let label, let suggestion, let known):
      let listed = known.isEmpty || known.count > 24 ? "" : "; \(layer) labels: " + known.joined(separator: ", ")
      return "unknown label '\(label)' on layer '\(layer)'" + Self.hint(suggestion) + listed
    case .unknownAttribute(let layer, let name, let suggestion, let known):
      return "layer '\(layer)' has no attribute '\(name)'" + Self.hint(suggestion)
        + (known.isEmpty
          ? "; its spans carry no attributes" : "; \(layer) attributes: " + known.joined(separator: ", "))
    case .invalidAttributeValue(let layer, let name, let value, let allowed):
      return "'\(value)' is not a valid \(layer).\(name); use one of \(allowed.joined(separator: ", "))"
    case .missingAttribute(let layer, let name):
      return "spans on layer '\(layer)' need the attribute '\(name)' (set \(name)=…; it cannot be removed)"
    }
  }

  private static func hint(_ suggestion: String?) -> String {
    suggestion.map { " (did you mean '\($0)'?)" } ?? ""
  }
}
