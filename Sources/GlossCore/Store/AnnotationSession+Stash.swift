extension AnnotationSession {
  /// The message of an entry saved when a session ends with changes kept.
  public static let keptAtQuitMessage = "kept at quit"

  /// The stash of this session's store.
  public var stashStore: StashStore { StashStore(store: store) }

  /// Saves the staged changes as a new stash entry and drops them from the
  /// session; returns the entry, or `nil` when nothing is staged.
  /// `keptAtQuit` marks the entry for the same annotator's next session to
  /// take back (see ``unstash()``).
  @discardableResult
  public mutating func stash(message: String, keptAtQuit: Bool = false) throws(StoreError) -> StashEntry? {
    let staged = stagedChanges
    guard !staged.isEmpty else { return nil }
    var documents: [StashEntry.DocumentChanges] = []
    for (id, changes) in staged {
      documents.append(
        StashEntry.DocumentChanges(documentID: id, baseRevision: try committedRevision(of: id), changes: changes))
    }
    var entry = StashEntry(
      number: 0, annotator: annotator, time: ISO8601Time.now(), message: message, isKeptAtQuit: keptAtQuit,
      documents: documents)
    entry.number = try stashStore.save(entry)
    discardStagedChanges()
    return entry
  }

  /// Stages the changes of stash entry `number` onto the documents as they
  /// are now (committed and staged), as one undo step. Changes that apply
  /// are staged; the entry is then dropped if nothing conflicted, and
  /// otherwise rewritten to hold only the conflicting changes, so nothing
  /// is lost. Returns what happened per document.
  public mutating func applyStash(_ number: Int) throws(StoreError) -> [(documentID: String, rebase: StagedRebase)] {
    let store = stashStore
    let entry = try store.entry(number)
    var results: [(documentID: String, rebase: StagedRebase)] = []
    try group("stash apply \(number)") { session throws(StoreError) in
      for document in entry.documents where session.corpus.document(document.documentID) != nil {
        let rebase = try session.apply(
          document.changes, to: document.documentID, summary: "stash apply \(number) to \(document.documentID)")
        results.append((document.documentID, rebase))
      }
    }
    var left = entry
    left.documents = entry.documents.compactMap { document in
      guard corpus.document(document.documentID) != nil else { return document }
      guard let rebase = results.first(where: { $0.documentID == document.documentID })?.rebase,
        !rebase.conflicts.isEmpty
      else { return nil }
      var kept = document
      kept.changes = rebase.conflicts.map(\.change)
      return kept
    }
    if left.documents.isEmpty {
      try store.drop(number)
    } else {
      try store.write(left)
    }
    return results
  }

  /// Takes back what this annotator kept when an earlier session ended:
  /// every entry marked kept at quit (and a staged-changes file of Gloss
  /// before stash entries existed) is applied with ``applyStash(_:)``.
  /// Returns, per entry, what happened; entries with conflicts stay listed.
  public mutating func unstash() throws(StoreError) -> [(
    entry: StashEntry, results: [(documentID: String, rebase: StagedRebase)]
  )] {
    try migrateLegacyStash()
    var outcomes: [(entry: StashEntry, results: [(documentID: String, rebase: StagedRebase)])] = []
    for entry in try stashStore.entries() where entry.isKeptAtQuit && entry.annotator == annotator {
      outcomes.append((entry, try applyStash(entry.number)))
    }
    return outcomes
  }

  /// The revision of document `id` that staged changes are based on.
  private mutating func committedRevision(of id: String) throws(StoreError) -> Int {
    var copy = self
    copy.discardStagedChanges()
    return try copy.annotations(for: id).revision
  }

  /// Where Gloss kept one annotator's staged changes before stash entries.
  private var legacyStashPath: String {
    let safe = String(
      String.UnicodeScalarView(
        annotator.unicodeScalars.map {
          $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_" ? $0 : "_"
        }))
    return Path.join(Path.join(store.path, ".cache"), "staged-\(safe).jsonl")
  }

  /// Turns the old whole-document snapshot file into a stash entry of changes.
  private mutating func migrateLegacyStash() throws(StoreError) {
    let path = legacyStashPath
    guard FileSystem.fileExists(atPath: path) else { return }
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readFile(atPath: path)
    } catch {
      throw .fileSystem(error)
    }
    var documents: [StashEntry.DocumentChanges] = []
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
      let base = revision == 0 ? [] : try store.annotations(for: id, at: revision).spans
      documents.append(
        StashEntry.DocumentChanges(
          documentID: id, baseRevision: revision, changes: SpanChange.changes(from: base, to: spans)))
    }
    try stashStore.save(
      StashEntry(
        number: 0, annotator: annotator, time: ISO8601Time.now(), message: Self.keptAtQuitMessage,
        isKeptAtQuit: true, documents: documents))
    try? FileSystem.removeItem(atPath: path)
  }
}
