import GlossCore

/// Reads the project's own JSON (an array of documents) or JSON Lines back:
/// documents by `id`, their `text` checked against the corpus, spans with
/// `layer`, `label`, `start`, `end` (Unicode scalar offsets), `attrs`,
/// `status` and `annotator`, and each span's `text` checked against the
/// range it names.
public struct ProjectJSONImporter: SpanImporter {
  /// Creates an importer.
  public init() {}

  /// Reads the file at `path`.
  public func read(path: String, corpus: Corpus) throws(ImportError) -> [ImportedDocument] {
    let source = try ImportInput.read(path)
    let lines = ImportInput.lines(source.utf8)
    var objects: [(line: Int, value: JSONValue)] = []
    if source.utf8.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "[") {
      let array = try ImportInput.parseJSON(source.utf8, path: path)
      guard let items = array.arrayValue else {
        throw ImportError(.syntax, path: path, line: 1, "expected an array of documents")
      }
      // The export writes one document per line between the brackets.
      let oneLineEach = lines.count == items.count + 2
      objects = items.enumerated().map { (oneLineEach ? $0.offset + 2 : 1, $0.element) }
    } else {
      for (number, line) in lines where !line.allSatisfy(\.isWhitespace) {
        objects.append((number, try ImportInput.parseJSON(Array(line.utf8), path: path, firstLine: number)))
      }
    }
    var result: [ImportedDocument] = []
    for (line, object) in objects {
      let location = FileLocation(path: path, line: line)
      let id = try ImportInput.string(object["id"], "id", at: location)
      let document = try ImportInput.document(id, in: corpus, at: location)
      if let text = object["text"]?.stringValue { try ImportInput.checkText(text, of: document, at: location) }
      guard let items = object["spans"]?.arrayValue else {
        throw ImportError(.syntax, at: location, "'spans' must be an array")
      }
      var spans: [ImportedSpan] = []
      for item in items {
        let range = try ImportInput.checkRange(
          try ImportInput.integer(item["start"], "start", at: location),
          try ImportInput.integer(item["end"], "end", at: location),
          in: document.text, at: location)
        if let covered = item["text"]?.stringValue, Array(covered.utf8) != Array(document.text.text(in: range).utf8) {
          throw ImportError(
            .textMismatch, at: location,
            "span text '\(covered)' is not the text at \(range.lowerBound)..\(range.upperBound) of '\(id)'")
        }
        var attributes: [String: String] = [:]
        for (key, value) in item["attrs"]?.objectValue ?? [:] {
          attributes[key] = try ImportInput.string(value, "attrs.\(key)", at: location)
        }
        var status: SpanStatus?
        if let text = item["status"]?.stringValue {
          guard let known = SpanStatus(rawValue: text) else {
            throw ImportError(.invalidSpan, at: location, "unknown status '\(text)'")
          }
          status = known
        }
        spans.append(
          ImportedSpan(
            layer: try ImportInput.string(item["layer"], "layer", at: location),
            label: try ImportInput.string(item["label"], "label", at: location), range: range, attributes: attributes,
            status: status, annotator: item["annotator"]?.stringValue, location: location))
      }
      result.append(ImportedDocument(documentID: id, spans: spans))
    }
    return result
  }
}
