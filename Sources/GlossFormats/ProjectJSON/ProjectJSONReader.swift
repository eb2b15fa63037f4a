import GlossCore

/// Reads documents in the project's JSON shape — what `gloss export json`
/// and `gloss export jsonl` write, and what `gloss tag --jsonl` reads:
/// `{"id", "text", "meta": {…}, "spans": [{"layer", "label", "start", "end",
/// "attrs", …}]}`.
///
/// Reading is lenient where writing is strict: `meta` and `spans` may be
/// missing, and a span needs only `layer`, `label`, `start` and `end` (its
/// id, annotator and status default to `gN`, `gold` and `accepted`).
public enum ProjectJSONReader {
  /// Reads every document of a file: one object, an array of objects, or
  /// JSON Lines (one object per line).
  ///
  /// - Throws: ``ProjectJSONError`` naming the line and what is wrong.
  public static func documents(in bytes: [UInt8]) throws(ProjectJSONError) -> [ExportDocument] {
    let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
    if first == UInt8(ascii: "[") {
      let value: JSONValue
      do {
        value = try JSONParser.parse(bytes)
      } catch {
        throw ProjectJSONError("\(error)")
      }
      guard let items = value.arrayValue else { throw ProjectJSONError("expected an array of documents") }
      var documents: [ExportDocument] = []
      for (index, item) in items.enumerated() {
        do {
          documents.append(try document(from: item))
        } catch {
          throw ProjectJSONError("document \(index + 1): \(error.message)")
        }
      }
      return documents
    }
    // One object, or one object per line.
    if let whole = try? JSONParser.parse(bytes), whole.objectValue != nil {
      return [try document(from: whole)]
    }
    var documents: [ExportDocument] = []
    var lineNumber = 0
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
      do {
        documents.append(try document(line: Array(line)))
      } catch {
        throw ProjectJSONError("line \(lineNumber): \(error.message)", line: lineNumber)
      }
    }
    return documents
  }

  /// Reads one document from one line of JSON.
  public static func document(line: [UInt8]) throws(ProjectJSONError) -> ExportDocument {
    let value: JSONValue
    do {
      value = try JSONParser.parse(line)
    } catch {
      throw ProjectJSONError("\(error)")
    }
    return try document(from: value)
  }

  /// Reads one document object.
  package static func document(from value: JSONValue) throws(ProjectJSONError) -> ExportDocument {
    guard value.objectValue != nil else { throw ProjectJSONError("expected a JSON object") }
    guard let textValue = value["text"], let text = textValue.stringValue else {
      throw ProjectJSONError("a document needs a string \"text\"")
    }
    let id: String
    switch value["id"] {
    case .string(let string)?: id = string
    case .integer(let number)?: id = String(number)
    default: throw ProjectJSONError("a document needs an \"id\" (a string)")
    }
    var fields: [String: MetadataValue] = [:]
    if let meta = value["meta"], !meta.isNull {
      guard let object = meta.objectValue else { throw ProjectJSONError("\"meta\" must be an object") }
      for (key, field) in object {
        switch field {
        case .string(let string): fields[key] = .string(string)
        case .integer(let number): fields[key] = .integer(number)
        case .double(let number): fields[key] = .number(number)
        case .bool(let flag): fields[key] = .bool(flag)
        case .null: continue
        default: throw ProjectJSONError("meta field \"\(key)\" must be a string, number or boolean")
        }
      }
    }
    let document = Document(id: id, text: SourceText(text), metadata: DocumentMetadata(fields: fields))
    var spans: [Span] = []
    if let list = value["spans"], !list.isNull {
      guard let items = list.arrayValue else { throw ProjectJSONError("\"spans\" must be an array") }
      for (index, item) in items.enumerated() {
        spans.append(try span(from: item, number: index + 1, textLength: document.text.scalarCount))
      }
    }
    return ExportDocument(document: document, spans: spans)
  }

  private static func span(from value: JSONValue, number: Int, textLength: Int) throws(ProjectJSONError) -> Span {
    guard let layer = value["layer"]?.stringValue, let label = value["label"]?.stringValue,
      let start = value["start"]?.intValue, let end = value["end"]?.intValue
    else {
      throw ProjectJSONError("span \(number) needs \"layer\", \"label\", \"start\" and \"end\"")
    }
    guard start >= 0, start < end, end <= textLength else {
      throw ProjectJSONError("span \(number) (\(start)..\(end)) does not fit the text of \(textLength) characters")
    }
    var attributes: [String: String] = [:]
    if let object = value["attrs"]?.objectValue {
      for (key, attribute) in object {
        guard let text = attribute.stringValue else {
          throw ProjectJSONError("span \(number): attribute \"\(key)\" must be a string")
        }
        attributes[key] = text
      }
    }
    let status = value["status"]?.stringValue.flatMap(SpanStatus.init(rawValue:)) ?? .accepted
    return Span(
      id: value["id"]?.stringValue ?? "g\(number)", layer: layer, label: label, start: start, end: end,
      attributes: attributes, annotator: value["annotator"]?.stringValue ?? "gold", status: status)
  }
}

/// A file or line is not a document of the project's JSON shape.
public struct ProjectJSONError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong.
  public var message: String
  /// The line of a JSON Lines file, when known.
  public var line: Int?

  /// Creates the error.
  public init(_ message: String, line: Int? = nil) {
    self.message = message
    self.line = line
  }

  /// The message.
  public var description: String { message }
}
