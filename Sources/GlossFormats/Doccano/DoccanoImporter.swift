import GlossCore

/// Reads doccano sequence-labelling JSON Lines: `label` (or `labels`) as
/// `[start, end, LABEL]` triples, or `entities` as `{"start_offset",
/// "end_offset", "label"}` objects, with **UTF-16** offsets (doccano's
/// default). The document is `document`, or the corpus document with exactly
/// this `text`. Each label goes to the first scheme layer that has it.
public struct DoccanoImporter: SpanImporter {
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
      let document = try ImportInput.document(object["document"]?.stringValue, text: text, in: corpus, at: location)
      var triples: [(Int, Int, String)] = []
      if let list = (object["label"] ?? object["labels"])?.arrayValue {
        for item in list {
          guard let triple = item.arrayValue, triple.count == 3 else {
            throw ImportError(.syntax, at: location, "expected [start, end, label]")
          }
          triples.append(
            (
              try ImportInput.integer(triple[0], "start", at: location),
              try ImportInput.integer(triple[1], "end", at: location),
              try ImportInput.string(triple[2], "label", at: location)
            ))
        }
      } else if let list = object["entities"]?.arrayValue {
        for item in list {
          triples.append(
            (
              try ImportInput.integer(item["start_offset"], "start_offset", at: location),
              try ImportInput.integer(item["end_offset"], "end_offset", at: location),
              try ImportInput.string(item["label"], "label", at: location)
            ))
        }
      } else {
        throw ImportError(.syntax, at: location, "expected 'label' or 'entities'")
      }
      var spans: [ImportedSpan] = []
      for (start, end, label) in triples {
        let range = try ImportInput.scalarRange(utf16: start, end, in: document.text, at: location)
        let layer = try CoNLL2003Importer.layer(of: label, in: corpus.scheme, at: location)
        spans.append(ImportedSpan(layer: layer, label: label, range: range, location: location))
      }
      result.append(ImportedDocument(documentID: document.id, spans: spans))
    }
    return result
  }
}
