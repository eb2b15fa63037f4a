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
    let table = CorpusViews.revisions(revisions)
    return .table(table, style: style)
  }

  /// `diff REV1 [REV2]`.
  mutating func diff(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let fromWord = try arguments.next("a revision to compare from")
    let from = try number(fromWord, "a revision number")
    let toWord = arguments.take()
    try arguments.finish()
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
    let text = CorpusViews.diff(changes, corpus: corpus, from: from, to: to, style: style)
    return .custom(text) { json in
      json.beginArray()
      for (id, documentChanges) in changes {
        json.beginObject()
        json.key("document")
        json.string(id)
        json.key("changes")
        json.beginArray()
        for change in documentChanges {
          change.write(to: &json, text: corpus.document(id)?.text)
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
    try arguments.finish()
    var documents: [String]
    let revision: Int
    if let number = Int(word.text) {
      revision = number
      documents = try attempt(at: word) { () throws(StoreError) in try session.store.annotatedDocumentIDs() }
      documents = documents.filter { corpus.document($0) != nil }
    } else if let at = word.text.lastIndex(of: "@"), let number = Int(word.text[word.text.index(after: at)...]) {
      revision = number
      documents = [
        try document(ShellWord(text: String(word.text[..<at]), column: word.column, width: word.width, isQuoted: false))
          .id
      ]
    } else {
      throw ShellError("expected DOC@REV (e.g. 002_721a65e19f26592e@3) or a revision number", at: word)
    }
    let head = try attempt(at: word) { () throws(StoreError) in try session.store.headRevision() }
    guard revision <= head else {
      throw ShellError(StoreError.unknownRevision(revision, head: head).description, at: word)
    }
    let before = session.stagedChanges.flatMap(\.changes).count
    try attemptEdit(at: word) { session throws(StoreError) in
      try session.group("restore \(word.text)") { session throws(StoreError) in
        for id in documents { try session.restore(id, to: revision) }
      }
    }
    let after = session.stagedChanges.flatMap(\.changes).count
    if after == before { return .message("nothing to restore: the spans are as they were at revision \(revision)") }
    return .message(
      "staged the restore of \(documents.count == 1 ? documents[0] : "\(documents.count) documents") to revision \(revision) (commit to keep)"
    )
  }
}
