/// A small XML reader for the subset XMI uses: elements with attributes,
/// character data, comments and the XML declaration.
///
/// It refuses document type declarations (`<!DOCTYPE`, and with them every
/// entity declaration and external entity) and any entity reference other
/// than the five predefined ones and character references, so no input can
/// make it read another file or expand entities. Attribute values are
/// normalised as XML requires (a literal line break or tab becomes a space;
/// character references are kept as written).
package struct XMLElementReader {
  /// An element's start: its qualified name, attributes and line.
  package struct Element {
    /// `prefix:local`.
    package var name: String
    /// Attributes by qualified name.
    package var attributes: [String: String]
    /// The 1-based line of `<`.
    package var line: Int
  }

  /// Why a document was refused.
  package struct Failure: Error {
    /// Whether it was refused for a DTD or entity rather than bad syntax.
    package var forbidden: Bool
    /// Whether the input ended early.
    package var truncated: Bool
    /// The 1-based line.
    package var line: Int
    /// What.
    package var message: String
  }

  /// Every element start tag of `bytes`, in document order.
  package static func elements(_ bytes: [UInt8]) throws(Failure) -> [Element] {
    var elements: [Element] = []
    var index = 0
    var line = 1
    var depth = 0
    var sawRoot = false
    func fail(_ message: String, forbidden: Bool = false, truncated: Bool = false) -> Failure {
      Failure(forbidden: forbidden, truncated: truncated, line: line, message: message)
    }
    func starts(with text: String) -> Bool {
      let pattern = Array(text.utf8)
      return index + pattern.count <= bytes.count && Array(bytes[index..<(index + pattern.count)]) == pattern
    }
    func skip(until terminator: String) throws(Failure) {
      let pattern = Array(terminator.utf8)
      while index + pattern.count <= bytes.count {
        if Array(bytes[index..<(index + pattern.count)]) == pattern {
          index += pattern.count
          return
        }
        if bytes[index] == 0x0A { line += 1 }
        index += 1
      }
      throw fail("the document ends inside a construct (truncated?)", truncated: true)
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A { line += 1 }
      guard byte == UInt8(ascii: "<") else {
        if depth == 0
          && !(byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || (index == 0 && starts(with: "\u{FEFF}")))
        {
          if index < 3 && starts(with: "\u{FEFF}") {
            index += 3
            continue
          }
          throw fail("text outside the root element")
        }
        if byte == UInt8(ascii: "&") && depth > 0 {
          // Content entities are checked like attribute ones.
          var end = index
          while end < bytes.count && bytes[end] != UInt8(ascii: ";") && end - index < 12 { end += 1 }
          if decodeReference(bytes[index...min(end, bytes.count - 1)]) == nil {
            throw fail(
              "entity reference '\(String(decoding: bytes[index..<min(end + 1, bytes.count)], as: UTF8.self))' is not allowed",
              forbidden: true)
          }
        }
        index += 1
        continue
      }
      if starts(with: "<!DOCTYPE") || starts(with: "<!ENTITY") {
        throw fail(
          "document type declarations and entities are refused (no DTDs, no external entities)", forbidden: true)
      }
      if starts(with: "<?") {
        try skip(until: "?>")
        continue
      }
      if starts(with: "<!--") {
        try skip(until: "-->")
        continue
      }
      if starts(with: "<![CDATA[") {
        try skip(until: "]]>")
        continue
      }
      if starts(with: "<!") { throw fail("markup declarations are refused", forbidden: true) }
      if starts(with: "</") {
        try skip(until: ">")
        depth -= 1
        guard depth >= 0 else { throw fail("a closing tag without an opening one") }
        continue
      }
      // A start tag.
      let tagLine = line
      index += 1
      let nameStart = index
      while index < bytes.count && !isSpace(bytes[index]) && bytes[index] != UInt8(ascii: ">")
        && bytes[index] != UInt8(ascii: "/")
      { index += 1 }
      let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
      guard !name.isEmpty else { throw fail("an element without a name") }
      var attributes: [String: String] = [:]
      var selfClosing = false
      while true {
        while index < bytes.count && isSpace(bytes[index]) {
          if bytes[index] == 0x0A { line += 1 }
          index += 1
        }
        guard index < bytes.count else { throw fail("the document ends inside a tag (truncated?)", truncated: true) }
        if bytes[index] == UInt8(ascii: ">") {
          index += 1
          break
        }
        if bytes[index] == UInt8(ascii: "/") {
          guard index + 1 < bytes.count else {
            throw fail("the document ends inside a tag (truncated?)", truncated: true)
          }
          guard bytes[index + 1] == UInt8(ascii: ">") else { throw fail("expected '/>'") }
          index += 2
          selfClosing = true
          break
        }
        let keyStart = index
        while index < bytes.count && bytes[index] != UInt8(ascii: "=") && !isSpace(bytes[index])
          && bytes[index] != UInt8(ascii: ">")
        { index += 1 }
        let key = String(decoding: bytes[keyStart..<index], as: UTF8.self)
        while index < bytes.count && isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count else { throw fail("the document ends inside a tag (truncated?)", truncated: true) }
        guard bytes[index] == UInt8(ascii: "=") else { throw fail("attribute '\(key)' has no value") }
        index += 1
        while index < bytes.count && isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count else { throw fail("the document ends inside a tag (truncated?)", truncated: true) }
        let quote = bytes[index]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
          throw fail("attribute '\(key)' must be quoted")
        }
        index += 1
        var value: [UInt8] = []
        while true {
          guard index < bytes.count else {
            throw fail("the document ends inside an attribute value (truncated?)", truncated: true)
          }
          let current = bytes[index]
          if current == quote {
            index += 1
            break
          }
          if current == UInt8(ascii: "<") { throw fail("'<' inside attribute '\(key)'") }
          if current == UInt8(ascii: "&") {
            var end = index
            while end < bytes.count && bytes[end] != UInt8(ascii: ";") { end += 1 }
            guard end < bytes.count, let decoded = decodeReference(bytes[index...end]) else {
              throw fail(
                "entity reference in attribute '\(key)' is not allowed (only &amp; &lt; &gt; &quot; &apos; and character references)",
                forbidden: true)
            }
            value += decoded
            index = end + 1
            continue
          }
          if current == 0x0A { line += 1 }
          // Attribute value normalisation: literal whitespace becomes a space.
          value.append(current == 0x0A || current == 0x0D || current == 0x09 ? 0x20 : current)
          index += 1
        }
        guard attributes[key] == nil else { throw fail("attribute '\(key)' is repeated") }
        attributes[key] = String(decoding: value, as: UTF8.self)
      }
      if depth == 0 {
        guard !sawRoot else { throw fail("a second root element") }
        sawRoot = true
      }
      elements.append(Element(name: name, attributes: attributes, line: tagLine))
      if !selfClosing { depth += 1 }
    }
    guard sawRoot else { throw fail("no root element", truncated: true) }
    guard depth == 0 else {
      throw fail("the document ends before its elements are closed (truncated?)", truncated: true)
    }
    return elements
  }

  private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

  /// The UTF-8 bytes of `&…;`, or `nil` for a reference that is not allowed.
  private static func decodeReference(_ reference: ArraySlice<UInt8>) -> [UInt8]? {
    let text = String(decoding: reference, as: UTF8.self)
    switch text {
    case "&amp;": return [0x26]
    case "&lt;": return [0x3C]
    case "&gt;": return [0x3E]
    case "&quot;": return [0x22]
    case "&apos;": return [0x27]
    default:
      guard text.hasPrefix("&#"), text.hasSuffix(";") else { return nil }
      let body = text.dropFirst(2).dropLast()
      let value = body.first == "x" ? UInt32(body.dropFirst(), radix: 16) : UInt32(body, radix: 10)
      guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
      return Array(String(scalar).utf8)
    }
  }
}
