import GlossCore

/// Reads spaCy training JSON Lines (``SpaCyExporter``'s shape): the document
/// is `meta.id`, or the corpus document with exactly this `text`; offsets
/// are Unicode scalar offsets; `entities` go to the entity layer and each
/// key of `spans` names a layer.
public struct SpaCyImporter: SpanImporter {
  /// Creates an importer.
  public init() {}

  /// Reads the file at `path`.
  public func read(path: String, corpus: Corpus) throws(ImportError) -> [ImportedDocument] {
    let source = try ImportInput.read(path)
    var result: [ImportedDocument] = []
    for (number, line) in ImportInput.lines(source.utf8) where !line.allSatisfy(\.isWhitespace) {
      let location = FileLocation(path: path, line: number)
      let object = try ImportInput.parseJSON(Array(line.utf8), path: path, firstLine: number)
      let text = try ImportInput.string(object["text"], "text", at: location)
      let document = try ImportInput.document(object["meta"]?["id"]?.stringValue, text: text, in: corpus, at: location)
      var spans: [ImportedSpan] = []
      func read(_ list: JSONValue?, layer: String) throws(ImportError) {
        guard let items = list?.arrayValue else {
          throw ImportError(.syntax, at: location, "expected a list of [start, end, label]")
        }
        for item in items {
          guard let triple = item.arrayValue, triple.count == 3 else {
            throw ImportError(.syntax, at: location, "expected [start, end, label]")
          }
          let range = try ImportInput.checkRange(
            try ImportInput.integer(triple[0], "start", at: location),
            try ImportInput.integer(triple[1], "end", at: location),
            in: document.text, at: location)
          spans.append(
            ImportedSpan(
              layer: layer, label: try ImportInput.string(triple[2], "label", at: location), range: range,
              location: location))
        }
      }
      if object["entities"] != nil { try read(object["entities"], layer: "entity") }
      if let groups = object["spans"]?.objectValue {
        for layer in groups.keys.sorted() { try read(groups[layer], layer: layer) }
      }
      result.append(ImportedDocument(documentID: document.id, spans: spans))
    }
    return result
  }
}
