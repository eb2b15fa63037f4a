import GlossCore

/// Reads spaCy training JSON Lines (``SpaCyExporter``'s shape): the document
/// is `meta.id`, or the corpus document with exactly this `text`; offsets
/// are Unicode scalar offsets; `entities` go to the entity layer and each
/// key of `spans` names a layer. `spans` may also be Prodigy's list of
/// `{"start", "end", "label"}` objects (each in its `layer`, by default the
/// entity layer). `tokens` are optional; when present they must rebuild the
/// text (`text` and `ws` in turn, at their `start` and `end`), and each of
/// `token_spans` must start and end on its `token_start` and `token_end`.
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
      } else if let list = object["spans"]?.arrayValue {
        for item in list {
          let range = try ImportInput.checkRange(
            try ImportInput.integer(item["start"], "start", at: location),
            try ImportInput.integer(item["end"], "end", at: location), in: document.text, at: location)
          spans.append(
            ImportedSpan(
              layer: item["layer"]?.stringValue ?? "entity",
              label: try ImportInput.string(item["label"], "label", at: location), range: range, location: location))
        }
      }
      if let tokens = object["tokens"] {
        try Self.checkTokens(tokens, spans: object["token_spans"], text: text, at: location)
      }
      result.append(ImportedDocument(documentID: document.id, spans: spans))
    }
    return result
  }

  /// Checks that `tokens` rebuild `text` and that `tokenSpans` lie on them.
  private static func checkTokens(
    _ tokens: JSONValue, spans tokenSpans: JSONValue?, text: String, at location: FileLocation
  ) throws(ImportError) {
    guard let list = tokens.arrayValue else {
      throw ImportError(
        .syntax, at: location, "expected \"tokens\" to be a list of {\"text\", \"start\", \"end\", \"ws\"}")
    }
    var rebuilt = ""
    var offset = 0
    var ranges: [Range<Int>] = []
    for (index, token) in list.enumerated() {
      let form = try ImportInput.string(token["text"], "text", at: location)
      let start = try ImportInput.integer(token["start"], "start", at: location)
      let end = try ImportInput.integer(token["end"], "end", at: location)
      guard start == offset, end == start + form.unicodeScalars.count else {
        throw ImportError(
          .badOffset, at: location,
          "token \(index) '\(form)' is at [\(start), \(end)) but the tokens before it end at \(offset)")
      }
      ranges.append(start..<end)
      rebuilt += form
      offset = end
      if token["ws"]?.boolValue == true {
        rebuilt += " "
        offset += 1
      }
    }
    guard rebuilt.utf8.elementsEqual(text.utf8) else {
      throw ImportError(
        .textMismatch, at: location,
        "the tokens with their spaces (\"ws\") do not rebuild the text: remove \"tokens\" or fix them")
    }
    for span in tokenSpans?.arrayValue ?? [] {
      let first = try ImportInput.integer(span["token_start"], "token_start", at: location)
      let last = try ImportInput.integer(span["token_end"], "token_end", at: location)
      let start = try ImportInput.integer(span["start"], "start", at: location)
      let end = try ImportInput.integer(span["end"], "end", at: location)
      guard ranges.indices.contains(first), ranges.indices.contains(last), ranges[first].lowerBound == start,
        ranges[last].upperBound == end
      else {
        throw ImportError(
          .badOffset, at: location,
          "the span [\(start), \(end)) does not start on token \(first) and end on token \(last)")
      }
    }
  }
}
