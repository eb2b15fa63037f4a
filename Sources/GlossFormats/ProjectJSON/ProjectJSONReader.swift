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
  /// - Parameter path: The file the bytes came from, named in errors.
  /// - Throws: ``ProjectJSONError`` naming the file, the line and what is wrong.
  public static func documents(in bytes: [UInt8], path: String) throws(ProjectJSONError) -> [ExportDocument] {
    let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
    let file = FileLocation(path: path)
    if first == UInt8(ascii: "[") {
      guard let items = try parse(bytes, at: file).arrayValue else {
        throw ProjectJSONError(at: file, "expected an array of documents")
      }
      var documents: [ExportDocument] = []
      for (index, item) in items.enumerated() {
        do {
          documents.append(try document(from: item, at: file))
        } catch {
          throw ProjectJSONError(at: file, "document \(index + 1): \(error.message)")
        }
      }
      return documents
    }
    // One object, or one object per line.
    if let whole = try? JSONParser.parse(bytes), whole.objectValue != nil {
      return [try document(from: whole, at: file)]
    }
    var documents: [ExportDocument] = []
    var lineNumber = 0
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
      documents.append(try document(line: Array(line), at: FileLocation(path: path, line: lineNumber)))
    }
    return documents
  }

  /// Reads one document from one line of JSON; `location` names the file
  /// and line it came from, for errors.
  public static func document(line: [UInt8], at location: FileLocation) throws(ProjectJSONError) -> ExportDocument {
    try document(from: parse(line, at: location), at: location)
  }

  /// Parses JSON that starts at `location` (its line, or the whole file).
  private static func parse(_ bytes: [UInt8], at location: FileLocation) throws(ProjectJSONError) -> JSONValue {
    do {
      return try JSONParser.parse(bytes)
    } catch {
      throw ProjectJSONError(at: error.location(inFile: location.path, firstLine: location.line ?? 1), error.message)
    }
  }

  /// Reads one document object.
  package static func document(from value: JSONValue, at location: FileLocation) throws(ProjectJSONError)
    -> ExportDocument
  {
    func fail(_ message: String) -> ProjectJSONError { ProjectJSONError(at: location, message) }
    guard value.objectValue != nil else { throw fail("expected a JSON object") }
    guard let textValue = value["text"], let text = textValue.stringValue else {
      throw fail("a document needs a string \"text\"")
    }
    let id: String
    switch value["id"] {
    case .string(let string)?: id = string
    case .integer(let number)?: id = String(number)
    default: throw fail("a document needs an \"id\" (a string)")
    }
    var fields: [String: MetadataValue] = [:]
    if let meta = value["meta"], !meta.isNull {
      guard let object = meta.objectValue else { throw fail("\"meta\" must be an object") }
      for (key, field) in object {
        switch field {
        case .string(let string): fields[key] = .string(string)
        case .integer(let number): fields[key] = .integer(number)
        case .double(let number): fields[key] = .number(number)
        case .bool(let flag): fields[key] = .bool(flag)
        case .null: continue
        default: throw fail("meta field \"\(key)\" must be a string, number or boolean")
        }
      }
    }
    if let problem = DocumentMetadata.problem(in: fields) { throw fail("meta: \(problem)") }
    let document = Document(id: id, text: SourceText(text), metadata: DocumentMetadata(fields: fields))
    var spans: [Span] = []
    if let list = value["spans"], !list.isNull {
      guard let items = list.arrayValue else { throw fail("\"spans\" must be an array") }
      for (index, item) in items.enumerated() {
        spans.append(try span(from: item, number: index + 1, textLength: document.text.scalarCount, at: location))
      }
    }
    return ExportDocument(document: document, spans: spans)
  }

  private static func span(
    from value: JSONValue, number: Int, textLength: Int, at location: FileLocation
  ) throws(ProjectJSONError) -> Span {
    func fail(_ message: String) -> ProjectJSONError { ProjectJSONError(at: location, message) }
    guard let layer = value["layer"]?.stringValue, let label = value["label"]?.stringValue,
      let start = value["start"]?.intValue, let end = value["end"]?.intValue
    else {
      throw fail("span \(number) needs \"layer\", \"label\", \"start\" and \"end\"")
    }
    guard start >= 0, start < end, end <= textLength else {
      throw fail("span \(number) (\(start)..\(end)) does not fit the text of \(textLength) characters")
    }
    var attributes: [String: String] = [:]
    if let object = value["attrs"]?.objectValue {
      for (key, attribute) in object {
        guard let text = attribute.stringValue else {
          throw fail("span \(number): attribute \"\(key)\" must be a string")
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
