extension Scheme {
  /// Reads a scheme from the JSON of a `scheme.json` file.
  ///
  /// The shape is `{"layers": [{"name", "summary", "labels": [{"name",
  /// "summary"}], "attributes": [{"name", "summary", "required", "values"}],
  /// "overlap"}]}`; only `name` is required at each level. `overlap` is
  /// `none`, `nest` (the default) or `any` (``OverlapPolicy``).
  ///
  /// - Parameter path: The file the bytes came from, named in errors.
  public init(json bytes: [UInt8], path: String) throws(SchemeError) {
    let root: JSONValue
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw SchemeError(at: error.location(inFile: path), message: error.message)
    }
    guard let layerValues = root["layers"]?.arrayValue else {
      throw SchemeError(path: path, message: "expected an object with a \"layers\" array")
    }
    var layers: [LayerDefinition] = []
    for (position, value) in layerValues.enumerated() {
      let place = "layers[\(position)]"
      guard let name = value["name"]?.stringValue, Self.isValidName(name) else {
        throw SchemeError(path: path, message: "\(place) needs a \"name\" of letters, digits and underscores")
      }
      var labels: [LabelDefinition] = []
      for (index, labelValue) in (value["labels"]?.arrayValue ?? []).enumerated() {
        guard let labelName = labelValue["name"]?.stringValue, Self.isValidName(labelName) else {
          throw SchemeError(
            path: path, message: "\(place).labels[\(index)] needs a \"name\" of letters, digits and underscores")
        }
        labels.append(LabelDefinition(name: labelName, summary: labelValue["summary"]?.stringValue ?? ""))
      }
      var attributes: [AttributeDefinition] = []
      for (index, attributeValue) in (value["attributes"]?.arrayValue ?? []).enumerated() {
        guard let attributeName = attributeValue["name"]?.stringValue, Self.isValidName(attributeName) else {
          throw SchemeError(
            path: path, message: "\(place).attributes[\(index)] needs a \"name\" of letters, digits and underscores")
        }
        attributes.append(
          AttributeDefinition(
            name: attributeName,
            summary: attributeValue["summary"]?.stringValue ?? "",
            isRequired: attributeValue["required"]?.boolValue ?? false,
            allowedValues: attributeValue["values"]?.arrayValue?.compactMap(\.stringValue)))
      }
      var overlap: OverlapPolicy?
      if let policyValue = value["overlap"] {
        guard let text = policyValue.stringValue, let policy = OverlapPolicy(rawValue: text) else {
          throw SchemeError(path: path, message: "\(place).overlap must be \"none\", \"nest\" or \"any\"")
        }
        overlap = policy
      }
      layers.append(
        LayerDefinition(
          name: name, summary: value["summary"]?.stringValue ?? "", labels: labels, attributes: attributes,
          overlap: overlap))
    }
    self.init(layers: layers)
  }

  /// Whether `name` can name a layer, label or attribute: ASCII letters,
  /// digits and underscores, starting with a letter.
  static func isValidName(_ name: String) -> Bool {
    guard let first = name.utf8.first, Self.isLetter(first) else { return false }
    return name.utf8.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "_") }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }
}
