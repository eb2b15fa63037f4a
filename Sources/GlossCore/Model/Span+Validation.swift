extension Span {
  /// Checks that the span fits `text` and `scheme`: a non-empty range inside
  /// the text that neither starts nor ends on whitespace, a known layer and
  /// label, and attributes the layer declares, with every required one present.
  public func validate(in text: SourceText, scheme: Scheme) throws(SpanValidationError) {
    guard start < end else { throw .emptyRange(start: start, end: end) }
    guard start >= 0, end <= text.scalarCount else {
      throw .outOfBounds(start: start, end: end, textLength: text.scalarCount)
    }
    if Self.isSpaceLike(text.scalar(at: start)) { throw .startsOnWhitespace(offset: start) }
    if Self.isSpaceLike(text.scalar(at: end - 1)) { throw .endsOnWhitespace(offset: end - 1) }
    try validateLabels(scheme: scheme)
  }

  /// Checks layer, label and attributes against `scheme`, without the text.
  public func validateLabels(scheme: Scheme) throws(SpanValidationError) {
    guard let definition = scheme.layer(named: layer) else {
      throw .unknownLayer(layer, suggestion: NearestName.suggestion(for: layer, among: scheme.layerNames))
    }
    guard definition.label(named: label) != nil else {
      throw .unknownLabel(
        layer: layer, label: label,
        suggestion: NearestName.suggestion(for: label, among: definition.labels.map(\.name)),
        known: definition.labels.map(\.name))
    }
    for name in attributes.keys.sorted() {
      guard let attribute = definition.attribute(named: name) else {
        throw .unknownAttribute(
          layer: layer, name: name,
          suggestion: NearestName.suggestion(for: name, among: definition.attributes.map(\.name)),
          known: definition.attributes.map(\.name))
      }
      if let allowed = attribute.allowedValues, let value = attributes[name], !allowed.contains(value) {
        throw .invalidAttributeValue(layer: layer, name: name, value: value, allowed: allowed)
      }
    }
    for attribute in definition.attributes where attribute.isRequired && attributes[attribute.name] == nil {
      throw .missingAttribute(layer: layer, name: attribute.name)
    }
  }

  /// Whitespace, or a byte order mark, which no span may start or end on.
  package static func isSpaceLike(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || scalar == "\u{FEFF}"
  }
}
