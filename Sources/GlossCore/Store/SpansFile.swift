/// The current spans of one document, `Annotations/<id>.spans.jsonl`.
///
/// The first line is a header (`document`, `done` when some layer is marked
/// done, `format`, `next_span`, `revision`, `text_sha256`); every further line is one span, in storage
/// order, so `git diff` shows exactly the spans a change touched and two
/// people annotating different documents never edit the same file.
enum SpansFile {
  /// The format tag written in every header.
  static let format = "gloss-spans/1"

  /// The file's bytes for `annotations` over `text`.
  static func encode(_ annotations: DocumentAnnotations, text: SourceText?) -> [UInt8] {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("document")
    writer.string(annotations.documentID)
    // Only when some layer is done, so files without review state stay as
    // earlier versions wrote them (and read as nothing done).
    if !annotations.doneLayers.isEmpty {
      writer.key("done")
      writer.beginArray()
      for layer in annotations.doneLayers { writer.string(layer) }
      writer.endArray()
    }
    writer.key("format")
    writer.string(format)
    writer.key("next_span")
    writer.integer(annotations.nextSpanNumber)
    writer.key("revision")
    writer.integer(annotations.revision)
    writer.key("text_sha256")
    writer.string(annotations.textSHA256 ?? "")
    writer.endObject()
    var bytes = writer.takeBytes()
    bytes.append(UInt8(ascii: "\n"))
    for span in annotations.spans {
      span.write(to: &writer, text: text)
      bytes.append(contentsOf: writer.takeBytes())
      bytes.append(UInt8(ascii: "\n"))
    }
    return bytes
  }

  /// Parses a spans file; with the document `text`, a span that ends past
  /// the text is reported (see ``pastTheText(_:of:recordedSHA256:path:line:)``).
  static func decode(
    _ bytes: [UInt8], path: String, documentID: String, text document: Document? = nil
  ) throws(StoreError) -> DocumentAnnotations {
    let lines = try StoreFileLines.parse(bytes, path: path)
    guard let header = lines.first else {
      throw .corruptFile(FileLocation(path: path, line: 1), message: "the file is empty; it needs a header line")
    }
    guard header.value["format"]?.stringValue == format else {
      throw .corruptFile(
        FileLocation(path: path, line: header.line),
        message: "the first line must be a header with \"format\": \"\(format)\"")
    }
    guard let revision = header.value["revision"]?.intValue, let next = header.value["next_span"]?.intValue,
      let sha = header.value["text_sha256"]?.stringValue
    else {
      throw .corruptFile(
        FileLocation(path: path, line: header.line),
        message: "the header needs integer \"revision\" and \"next_span\" and a string \"text_sha256\"")
    }
    if let recorded = header.value["document"]?.stringValue, recorded != documentID {
      throw .corruptFile(
        FileLocation(path: path, line: header.line),
        message: "the header names document '\(recorded)', but the file belongs to '\(documentID)'")
    }
    var done: [String] = []
    if let value = header.value["done"] {
      guard let layers = value.stringArrayValue else {
        throw .corruptFile(
          FileLocation(path: path, line: header.line), message: "\"done\" must be an array of layer names")
      }
      done = layers
    }
    var spans: [Span] = []
    var seen: Set<String> = []
    for (line, value) in lines.dropFirst() {
      let span: Span
      do {
        span = try Span(json: value)
      } catch {
        throw .corruptFile(FileLocation(path: path, line: line), message: error.message)
      }
      if let document, span.end > document.text.scalarCount {
        throw pastTheText(span, of: document, recordedSHA256: sha.isEmpty ? nil : sha, path: path, line: line)
      }
      guard seen.insert(span.id).inserted else {
        throw .corruptFile(FileLocation(path: path, line: line), message: "span id '\(span.id)' appears twice")
      }
      spans.append(span)
    }
    var annotations = DocumentAnnotations(
      documentID: documentID, revision: revision, textSHA256: sha.isEmpty ? nil : sha, nextSpanNumber: next,
      spans: spans, doneLayers: done)
    // Hand-edited files may hold ids at or past next_span; never reuse them.
    annotations.setSpans(annotations.spans)
    return annotations
  }

  /// The error for a span that ends past its document's text: the text
  /// changed since the span was made (stale, the same refusal as for edits),
  /// or else the file was edited by hand (named at its line).
  static func pastTheText(
    _ span: Span, of document: Document, recordedSHA256: String?, path: String, line: Int
  ) -> StoreError {
    if let recordedSHA256, recordedSHA256 != document.textSHA256 {
      return .staleText(documentID: document.id, recordedSHA256: recordedSHA256, currentSHA256: document.textSHA256)
    }
    return .corruptFile(
      FileLocation(path: path, line: line),
      message: "span \(span.id) [\(span.start), \(span.end)) ends past the end of its document's text "
        + "(\(document.text.scalarCount) characters); was the file edited by hand? Fix or remove that span")
  }

  /// Reads only the header's revision, for the conflict check at commit.
  static func revision(ofFileAt path: String, documentID: String) throws(StoreError) -> Int {
    guard FileSystem.fileExists(atPath: path) else { return 0 }
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readFile(atPath: path)
    } catch {
      throw .fileSystem(error)
    }
    return try decode(bytes, path: path, documentID: documentID).revision
  }
}
