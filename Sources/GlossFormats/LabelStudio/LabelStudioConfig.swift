import GlossCore

/// The Label Studio labeling configuration that matches what
/// ``LabelStudioExporter`` writes, so the tasks can be imported into a
/// project as they are: a `<Text name="text" value="$text"/>` object, one
/// `<Labels name="LAYER" toName="text">` control per scheme layer with a
/// `<Label value="…"/>` per label (the `from_name` of the exported regions),
/// and one per-region `<TextArea name="ATTRIBUTE" toName="text"
/// perRegion="true"/>` per attribute name (the `from_name` of the exported
/// attribute results).
public enum LabelStudioConfig {
  /// The configuration XML for `scheme`.
  public static func xml(for scheme: Scheme) -> String {
    var xml = "<View>\n  <Text name=\"text\" value=\"$text\"/>\n"
    var attributes: [String] = []
    for layer in scheme.layers {
      xml += "  <Labels name=\"\(escape(layer.name))\" toName=\"text\">\n"
      for label in layer.labels { xml += "    <Label value=\"\(escape(label.name))\"/>\n" }
      xml += "  </Labels>\n"
      for attribute in layer.attributes where !attributes.contains(attribute.name) { attributes.append(attribute.name) }
    }
    for name in attributes {
      xml +=
        "  <TextArea name=\"\(escape(name))\" toName=\"text\" perRegion=\"true\" editable=\"true\" maxSubmissions=\"1\"/>\n"
    }
    return xml + "</View>\n"
  }

  /// The file name of the configuration written beside tasks at `path`:
  /// `tasks.json` → `tasks.config.xml`.
  public static func path(besideTasks path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let stem = name.hasSuffix(".json") ? String(path.dropLast(5)) : path
    return stem + ".config.xml"
  }

  private static func escape(_ value: String) -> String {
    var result = ""
    for character in value {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }
}
