/// The write-ahead record of a commit in progress, `Annotations/.journal`.
///
/// A commit first writes, atomically, every file it is about to replace into
/// the journal, then replaces them, then deletes the journal. If the process
/// dies in between, the next writer finds the journal and finishes the
/// replacements, so a revision is never left half-applied across documents.
struct CommitJournal {
  /// The files of one document.
  struct DocumentFiles {
    /// The document's id.
    var id: String
    /// The new content of its spans file.
    var spans: [UInt8]
    /// The new content of its history file.
    var history: [UInt8]
  }

  /// The revision being committed.
  var revision: Int
  /// The files to write, per document.
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
      writer.key("history")
      writer.string(String(decoding: document.history, as: UTF8.self))
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
        let history = document["history"]?.stringValue
      else { return nil }
      documents.append(DocumentFiles(id: id, spans: Array(spans.utf8), history: Array(history.utf8)))
    }
    return CommitJournal(revision: revision, documents: documents)
  }
}
