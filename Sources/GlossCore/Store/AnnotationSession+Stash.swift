extension AnnotationSession {
  /// Where the staged changes of `annotator` are kept between sessions.
  public func stashPath(for annotator: String) -> String {
    let safe = String(
      String.UnicodeScalarView(
        annotator.unicodeScalars.map {
          $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_" ? $0 : "_"
        }))
    return Path.join(Path.join(store.path, ".cache"), "staged-\(safe).jsonl")
  }

  /// Saves the staged changes, so that a session that ends without
  /// committing loses nothing; the next session can take them back with
  /// ``unstash()``. Returns how many documents were saved.
  @discardableResult
  public func stash() throws(StoreError) -> Int {
    let staged = stagedChanges
    guard !staged.isEmpty else { return 0 }
    var bytes: [UInt8] = []
    for (id, _) in staged {
      var copy = self
      let annotations = try copy.annotations(for: id)
      var writer = JSONWriter()
      writer.beginObject()
      writer.key("document")
      writer.string(id)
      writer.key("base_revision")
      writer.integer(annotations.revision)
      writer.key("spans")
      writer.beginArray()
      for span in annotations.spans { span.write(to: &writer, text: nil) }
      writer.endArray()
      writer.endObject()
      bytes += writer.takeBytes()
      bytes.append(UInt8(ascii: "\n"))
    }
    do {
      try FileSystem.createDirectory(atPath: Path.join(store.path, ".cache"), intermediate: true)
      try AtomicFile.write(bytes, toPath: stashPath(for: annotator))
    } catch {
      throw .fileSystem(error)
    }
    return staged.count
  }

  /// Stages again the changes a previous session of the same annotator
  /// saved with ``stash()``, and removes the saved copy. Documents that
  /// were committed to since are reported as conflicts and left unstaged.
  /// Returns the ids of the documents restored.
  public mutating func unstash() throws(StoreError) -> [String] {
    let path = stashPath(for: annotator)
    guard FileSystem.fileExists(atPath: path) else { return [] }
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readFile(atPath: path)
    } catch {
      throw .fileSystem(error)
    }
    var restored: [String] = []
    var conflict: StoreError?
    for (line, value) in try StoreFileLines.parse(bytes, path: path) {
      guard let id = value["document"]?.stringValue, let revision = value["base_revision"]?.intValue,
        let spanValues = value["spans"]?.arrayValue
      else {
        throw .corruptFile(FileLocation(path: path, line: line), message: "expected document, base_revision and spans")
      }
      var spans: [Span] = []
      for spanValue in spanValues {
        do {
          spans.append(try Span(json: spanValue))
        } catch {
          throw .corruptFile(FileLocation(path: path, line: line), message: error.message)
        }
      }
      // Checked as a new span is, against the text and the scheme.
      if let document = corpus.document(id) {
        for span in spans {
          do throws(SpanValidationError) {
            try span.validate(in: document.text, scheme: corpus.scheme)
          } catch {
            throw .corruptFile(FileLocation(path: path, line: line), message: "span \(span.id) of '\(id)': \(error)")
          }
        }
      }
      do {
        try stage(spans, for: id, basedOn: revision)
        restored.append(id)
      } catch {
        conflict = error
      }
    }
    if let conflict { throw conflict }
    try? FileSystem.removeItem(atPath: path)
    return restored
  }
}
