import GlossCore

/// Writes UIMA CAS XMI, the format of INCEpTION and DKPro: a folder with
/// `DOC.xmi` per document and `TypeSystem.xml`.
///
/// Each layer is a type `webanno.custom.<Layer>` (INCEpTION's convention
/// for custom layers, namespace `http:///webanno/custom.ecore`) derived from
/// `uima.tcas.Annotation`, with string features `label` and one per
/// attribute the scheme declares. `begin`/`end` are **UTF-16 code units**
/// (Java string indices). The text is the sofa's `sofaString` attribute with
/// line breaks and tabs written as character references so XML readers keep
/// them; every annotation is listed in the view's `members`.
public struct XMIExporter: SpanExporter {
  /// The corpus scheme, for the type system.
  public var scheme: Scheme

  /// Creates an exporter.
  public init(scheme: Scheme = .standard) {
    self.scheme = scheme
  }

  /// A folder.
  public var writesFolder: Bool { true }

  /// The UIMA type name of a layer.
  public static func typeName(forLayer layer: String) -> String {
    "webanno.custom." + layer.prefix(1).uppercased() + layer.dropFirst()
  }

  /// `TypeSystem.xml`.
  public mutating func begin() -> [ExportChunk] {
    var xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<typeSystemDescription xmlns=\"http://uima.apache.org/resourceSpecifier\">\n  <types>\n"
    for layer in scheme.layers {
      xml += "    <typeDescription>\n      <name>\(Self.typeName(forLayer: layer.name))</name>\n"
      xml += "      <description>\(Self.escape(layer.summary))</description>\n"
      xml += "      <supertypeName>uima.tcas.Annotation</supertypeName>\n      <features>\n"
      for feature in ["label"] + layer.attributes.map(\.name) {
        xml +=
          "        <featureDescription>\n          <name>\(feature)</name>\n          <rangeTypeName>uima.cas.String</rangeTypeName>\n        </featureDescription>\n"
      }
      xml += "      </features>\n    </typeDescription>\n"
    }
    xml += "  </types>\n</typeSystemDescription>\n"
    return [ExportChunk(file: "TypeSystem.xml", bytes: Array(xml.utf8))]
  }

  /// `DOC.xmi`.
  public mutating func export(_ item: ExportDocument) -> ExportOutput {
    let text = item.document.text
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml +=
      "<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:cas=\"http:///uima/cas.ecore\" xmlns:custom=\"http:///webanno/custom.ecore\" xmi:version=\"2.0\">\n"
    xml += "  <cas:NULL xmi:id=\"0\"/>\n"
    xml +=
      "  <cas:Sofa xmi:id=\"1\" sofaNum=\"1\" sofaID=\"_InitialView\" mimeType=\"text\" sofaString=\"\(Self.escape(text.string))\"/>\n"
    var members: [String] = []
    for (index, span) in item.spans.enumerated() {
      let id = index + 2
      members.append(String(id))
      let type = Self.typeName(forLayer: span.layer).dropFirst("webanno.custom.".count)
      xml +=
        "  <custom:\(type) xmi:id=\"\(id)\" sofa=\"1\" begin=\"\(text.utf16Offset(ofScalar: span.start))\" end=\"\(text.utf16Offset(ofScalar: span.end))\" label=\"\(Self.escape(span.label))\""
      for name in span.attributes.keys.sorted() { xml += " \(name)=\"\(Self.escape(span.attributes[name]!))\"" }
      xml += "/>\n"
    }
    xml += "  <cas:View sofa=\"1\" members=\"\(members.joined(separator: " "))\"/>\n</xmi:XMI>\n"
    return ExportOutput(chunks: [ExportChunk(file: item.document.id + ".xmi", bytes: Array(xml.utf8))])
  }

  /// Escapes text for an attribute value or element content: `& < > "` and
  /// the whitespace an XML reader would otherwise normalise to spaces.
  static func escape(_ value: String) -> String {
    var result = ""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\n": result += "&#10;"
      case "\r": result += "&#13;"
      case "\t": result += "&#9;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
