/// The write-ahead record of a commit in progress, `Annotations/.journal`.
///
/// A commit first writes, atomically, everything it is about to change into
/// the journal — each document's new spans file and the line it appends to
/// the document's history, with the history's length before the append — then
/// makes the changes, then deletes the journal. If the process dies in
/// between, the next writer finds the journal and makes the changes again
/// (idempotently: the history is cut back to its recorded length first), so a
/// revision is never left half-applied across documents.
struct CommitJournal {
  /// What the commit changes in one document.
  struct DocumentFiles {
    /// The document's id.
    var id: String
    /// The new content of its spans file.
    var spans: [UInt8]
    /// The line appended to its history file.
    var historyLine: [UInt8]
    /// The history file's length in bytes before the append.
    var historyLength: Int
  }

  /// The revision being committed.
  var revision: Int
  /// The changes, per document.
  var documents: [DocumentFiles]

  /// The journal as JSON.
  func encode() -> [UInt8] {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("revision")
    writer.integer(revision)
    writer.key("documents")
    writer.beginArray()
    for document in documents {
      writer.beginObject()
      writer.key("id")
      writer.string(document.id)
      writer.key("spans")
      writer.string(String(decoding: document.spans, as: UTF8.self))
      writer.key("history_line")
      writer.string(String(decoding: document.historyLine, as: UTF8.self))
      writer.key("history_length")
      writer.integer(document.historyLength)
      writer.endObject()
    }
    writer.endArray()
    writer.endObject()
    return writer.takeBytes()
  }

  /// Reads a journal, or returns `nil` if it is not a complete one.
  static func decode(_ bytes: [UInt8]) -> CommitJournal? {
    guard let value = try? JSONParser.parse(bytes), let revision = value["revision"]?.intValue,
      let documentValues = value["documents"]?.arrayValue
    else { return nil }
    var documents: [DocumentFiles] = []
    for document in documentValues {
      guard let id = document["id"]?.stringValue, let spans = document["spans"]?.stringValue,
        let line = document["history_line"]?.stringValue, let length = document["history_length"]?.intValue
      else { return nil }
      documents.append(
        DocumentFiles(id: id, spans: Array(spans.utf8), historyLine: Array(line.utf8), historyLength: length))
    }
    return CommitJournal(revision: revision, documents: documents)
  }
}
