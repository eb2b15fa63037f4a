/// Escaping text for HTML and SVG.
public enum HTMLEscaping {
  /// `text` safe in element content and in double-quoted attributes, with
  /// carriage returns as character references so the DOM keeps them.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\r": out += "&#13;"  // a raw CR would be folded into a line feed by the HTML parser
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
