import GlossCore

extension ShellInterpreter {
  /// `log [DOC] [LIMIT]`.
  mutating func log(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    var documentID: String?
    var limit: Int?
    while let word = arguments.take() {
      if let number = Int(word.text), !word.isQuoted {
        limit = number
      } else {
        documentID = try document(word).id
      }
    }
    var revisions = try attempt(at: nil) { () throws(StoreError) in try session.store.log(documentID: documentID) }
    if let limit { revisions = Array(revisions.prefix(limit)) }
    if revisions.isEmpty { return .message("no revisions yet") }
    var table = TextTable(["rev", "time", "author", "documents", "message"], alignments: [.right, .left, .left, .left, .left])
    for revision in revisions {
      let documents = revision.documentIDs.count <= 2
        ? revision.documentIDs.joined(separator: ", ") : "\(revision.documentIDs.count) documents"
      table.append([String(revision.number), revision.time, revision.author, documents, SpanRendering.oneLine(revision.message)])
    }
    return .table(table, style: style)
  }

  /// `diff REV1 [REV2]`.
  mutating func diff(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let fromWord = try arguments.next("a revision to compare from")
    let from = try number(fromWord, "a revision number")
    let toWord = arguments.take()
    try arguments.finish(usage: "diff REV1 [REV2]")
    let to: Int
    if let toWord {
      to = try number(toWord, "a revision number")
    } else {
      to = try attempt(at: nil) { () throws(StoreError) in try session.store.headRevision() }
    }
    let changes = try attempt(at: toWord ?? fromWord) { () throws(StoreError) in
      try session.store.diff(from: from, to: to)
    }
    if changes.isEmpty { return .message("no span changes between revisions \(from) and \(to)") }
    var text = ""
    for (id, documentChanges) in changes {
      text += style.bold("\(id)  (\(from) → \(to))") + "\n"
      for change in documentChanges {
        text += DiffCommand.describe(change, text: corpus.document(id)?.text, style: style) + "\n"
      }
    }
    return .custom(text) { json in
      json.beginArray()
      for (id, documentChanges) in changes {
        json.beginObject()
        json.key("document")
        json.string(id)
        json.key("changes")
        json.beginArray()
        for change in documentChanges {
          json.beginObject()
          json.key("op")
          switch change {
          case .add(let span):
            json.string("add")
            json.key("span")
            span.write(to: &json, text: corpus.document(id)?.text)
          case .remove(let span):
            json.string("remove")
            json.key("span")
            span.write(to: &json, text: corpus.document(id)?.text)
          case .update(let before, let after):
            json.string("update")
            json.key("before")
            before.write(to: &json, text: corpus.document(id)?.text)
            json.key("after")
            after.write(to: &json, text: corpus.document(id)?.text)
          }
          json.endObject()
        }
        json.endArray()
        json.endObject()
      }
      json.endArray()
    }
  }

  /// `restore DOC@REV|REV`.
  mutating func restore(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let word = try arguments.next("DOC@REV or a revision number")
    try arguments.finish(usage: "restore DOC@REV|REV")
    var documents: [String]
    let revision: Int
    if let number = Int(word.text) {
      revision = number
      documents = try attempt(at: word) { () throws(StoreError) in try session.store.annotatedDocumentIDs() }
      documents = documents.filter { corpus.document($0) != nil }
    } else if let at = word.text.lastIndex(of: "@"), let number = Int(word.text[word.text.index(after: at)...]) {
      revision = number
      documents = [try document(ShellWord(text: String(word.text[..<at]), column: word.column, width: word.width, isQuoted: false)).id]
    } else {
      throw ShellError("expected DOC@REV (e.g. 002_721a65e19f26592e@3) or a revision number", at: word)
    }
    let head = try attempt(at: word) { () throws(StoreError) in try session.store.headRevision() }
    guard revision <= head else { throw ShellError(StoreError.unknownRevision(revision, head: head).description, at: word) }
    let before = session.stagedChanges.flatMap(\.changes).count
    try attemptEdit(at: word) { session throws(StoreError) in
      try session.group("restore \(word.text)") { session throws(StoreError) in
        for id in documents { try session.restore(id, to: revision) }
      }
    }
    let after = session.stagedChanges.flatMap(\.changes).count
    if after == before { return .message("nothing to restore: the spans are as they were at revision \(revision)") }
    return .message("staged the restore of \(documents.count == 1 ? documents[0] : "\(documents.count) documents") to revision \(revision) (commit to keep)")
  }
}
