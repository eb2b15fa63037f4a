/// The history of one document, `Annotations/<id>.history.jsonl`: one line
/// per revision that changed it, oldest first, each with its author, time,
/// message and the full before/after of every span it changed.
///
/// The file only ever grows at its end, so it merges cleanly in git.
enum HistoryFile {
  /// One line (with its newline) for `entry`.
  static func encode(_ entry: HistoryEntry, text: SourceText?) -> [UInt8] {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("revision")
    writer.integer(entry.revision)
    writer.key("author")
    writer.string(entry.author)
    writer.key("time")
    writer.string(entry.time)
    writer.key("message")
    writer.string(entry.message)
    writer.key("text_sha256")
    writer.string(entry.textSHA256)
    writer.key("changes")
    writer.beginArray()
    for change in entry.changes {
      change.write(to: &writer, text: text)
    }
    writer.endArray()
    writer.endObject()
    var bytes = writer.takeBytes()
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }

  /// Parses a history file.
  static func decode(_ bytes: [UInt8], path: String) throws(StoreError) -> [HistoryEntry] {
    try decodeLines(bytes, path: path).map(\.entry)
  }

  /// Parses a history file, each entry with its line number.
  static func decodeLines(_ bytes: [UInt8], path: String) throws(StoreError) -> [(line: Int, entry: HistoryEntry)] {
    var entries: [(line: Int, entry: HistoryEntry)] = []
    for (line, value) in try StoreFileLines.parse(bytes, path: path) {
      func fail(_ message: String) -> StoreError {
        .corruptFile(FileLocation(path: path, line: line), message: message)
      }
      guard let revision = value["revision"]?.intValue, let author = value["author"]?.stringValue,
        let time = value["time"]?.stringValue, let message = value["message"]?.stringValue,
        let sha = value["text_sha256"]?.stringValue, let changeValues = value["changes"]?.arrayValue
      else {
        throw fail("a history line needs revision, author, time, message, text_sha256 and changes")
      }
      if let previous = entries.last?.entry, previous.revision >= revision {
        throw fail("revision \(revision) follows revision \(previous.revision); history must ascend")
      }
      var changes: [SpanChange] = []
      for changeValue in changeValues {
        do throws(SpanDecodingError) {
          changes.append(try SpanChange(json: changeValue))
        } catch {
          throw fail(error.message)
        }
      }
      entries.append(
        (
          line,
          HistoryEntry(
            revision: revision, author: author, time: time, message: message, textSHA256: sha, changes: changes)
        ))
    }
    return entries
  }
}
