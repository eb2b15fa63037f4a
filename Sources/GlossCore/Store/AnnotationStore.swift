/// The versioned span store of a corpus: the `Annotations/` folder.
///
/// Each document has a spans file (its current spans, one per line) and a
/// history file (one line per revision that changed it). A commit is written
/// under a lock, with a write-ahead journal, and every file is replaced
/// atomically, so a crash at any instant leaves either the previous or the new
/// state. Its cost is proportional to the documents it changes.
public struct AnnotationStore: Sendable {
  /// The `Annotations/` folder.
  public let path: String

  /// How long a commit waits for another process's commit to finish.
  public var lockTimeout: Double = 5

  /// The steps of a commit, reported to ``commitObserver`` (for crash tests).
  package enum CommitStep: Sendable {
    /// The journal is on disk; nothing else has changed yet.
    case journalWritten
    /// A document's history line was appended.
    case historyAppended(String)
    /// A document's spans file was replaced.
    case spansWritten(String)
  }

  /// Called after each step of a commit, so tests can stop a process at
  /// every point of it.
  package var commitObserver: (@Sendable (CommitStep) -> Void)?

  /// A test hook standing for a full disk or a read-only folder: asked
  /// before each file a commit writes (the journal, a history append, a
  /// spans file), with its path; an `errno` it returns fails that write as
  /// the system call would have. `nil` (always, outside tests) writes normally.
  package var injectedWriteFailure: (@Sendable (_ path: String) -> Int32?)?

  /// The revision this store shows, when it reads a committed revision
  /// instead of the files as they are (``readingCommittedRevision()``).
  public private(set) var readRevision: Int?

  /// Whether ``readRevision`` was taken while a commit was under way (or
  /// left by a crash): a document may then be read from its history, so its
  /// spans file does not stand for what was read.
  public private(set) var readsBehindACommit = false

  /// The corpus's documents by id, so that spans read from files are
  /// checked against their texts (empty: not checked).
  var documents: [String: Document] = [:]

  /// Creates a store over the `Annotations/` folder at `path`.
  public init(path: String) {
    self.path = path
  }

  /// Creates the store of `corpus`; spans it reads are checked against the
  /// corpus's texts.
  public init(corpus: Corpus) {
    self.init(path: corpus.annotationsPath)
    documents = Dictionary(corpus.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  // MARK: - Reading

  /// The current annotations of a document (empty if it was never annotated).
  ///
  /// A store reading a committed revision (``readingCommittedRevision()``)
  /// returns the document as it was at that revision when a later commit
  /// already replaced its file.
  public func annotations(for documentID: String) throws(StoreError) -> DocumentAnnotations {
    let file = spansPath(documentID)
    guard FileSystem.fileExists(atPath: file) else { return DocumentAnnotations(documentID: documentID) }
    let current = try SpansFile.decode(read(file), path: file, documentID: documentID, text: documents[documentID])
    if let readRevision, current.revision > readRevision {
      return try annotations(for: documentID, at: readRevision)
    }
    return current
  }

  /// Every revision that changed the document, oldest first (up to
  /// ``readRevision`` when the store reads a committed revision).
  public func history(for documentID: String) throws(StoreError) -> [HistoryEntry] {
    let file = historyPath(documentID)
    guard FileSystem.fileExists(atPath: file) else { return [] }
    let entries = try HistoryFile.decode(readHistory(file), path: file)
    guard let readRevision else { return entries }
    return entries.filter { $0.revision <= readRevision }
  }

  /// This store reading the newest committed revision: every document as
  /// it was just after that revision, even while another process commits.
  ///
  /// It never waits, and writes nothing but the head cache (as
  /// ``headRevision()`` does for any reader). The revision is the head of the
  /// history files, or, when a commit's journal is there (a commit under
  /// way, or one a crash left to be completed), the revision before that
  /// commit's. A document whose spans file a later commit has already
  /// replaced is read from its history (see store.md, Concurrency).
  public func readingCommittedRevision() throws(StoreError) -> AnnotationStore {
    var copy = self
    copy.readRevision = nil
    copy.readsBehindACommit = false
    // The head first, the journal after: a commit that began before the head
    // was read still has its journal now, unless it has finished.
    var revision = try copy.headRevision()
    if FileSystem.fileExists(atPath: journalPath) {
      copy.readsBehindACommit = true
      if let bytes = try? FileSystem.readFile(atPath: journalPath), let journal = CommitJournal.decode(bytes) {
        revision = min(revision, journal.revision - 1)
      }
    }
    copy.readRevision = max(revision, 0)
    return copy
  }

  /// The document's annotations as they were just after `revision`.
  public func annotations(for documentID: String, at revision: Int) throws(StoreError) -> DocumentAnnotations {
    let head = try headRevision()
    guard revision >= 0 && revision <= head else { throw .unknownRevision(revision, head: head) }
    var state = DocumentAnnotations(documentID: documentID)
    let file = historyPath(documentID)
    guard FileSystem.fileExists(atPath: file) else { return state }
    // The line that last set each span, to name it if the span is out of range.
    var lineOfSpan: [String: Int] = [:]
    for (line, entry) in try HistoryFile.decodeLines(readHistory(file), path: file) where entry.revision <= revision {
      for change in entry.changes {
        state.apply(change)
        if let span = change.after { lineOfSpan[span.id] = line }
      }
      state.revision = entry.revision
      state.textSHA256 = entry.textSHA256
    }
    if let document = documents[documentID], let span = state.spans.first(where: { $0.end > document.text.scalarCount })
    {
      throw SpansFile.pastTheText(
        span, of: document, recordedSHA256: state.textSHA256, path: file, line: lineOfSpan[span.id] ?? 1)
    }
    return state
  }

  /// The ids of the documents that have annotations or history in the store.
  public func annotatedDocumentIDs() throws(StoreError) -> [String] {
    guard FileSystem.isDirectory(atPath: path) else { return [] }
    let names: [String]
    do {
      names = try FileSystem.contentsOfDirectory(atPath: path)
    } catch {
      throw .fileSystem(error)
    }
    var ids: Set<String> = []
    for name in names {
      if name.hasSuffix(Self.historySuffix) {
        ids.insert(String(name.dropLast(Self.historySuffix.utf8.count)))
      } else if name.hasSuffix(Self.spansSuffix) {
        ids.insert(String(name.dropLast(Self.spansSuffix.utf8.count)))
      }
    }
    return ids.sorted()
  }

  /// Every revision, newest first; with `documentID`, only those that changed it.
  public func log(documentID: String? = nil) throws(StoreError) -> [Revision] {
    var revisions: [Int: Revision] = [:]
    let ids: [String]
    if let documentID { ids = [documentID] } else { ids = try annotatedDocumentIDs() }
    for id in ids {
      for entry in try history(for: id) {
        if revisions[entry.revision] == nil {
          revisions[entry.revision] = Revision(
            number: entry.revision, author: entry.author, time: entry.time, message: entry.message, documentIDs: [])
        }
        revisions[entry.revision]!.documentIDs.append(id)
      }
    }
    return revisions.values.sorted { $0.number > $1.number }
  }

  /// What changed between two revisions: for each document whose spans (or
  /// done layers) differ, the changes that turn its spans at `from` into its spans at `to`.
  public func diff(from: Int, to: Int) throws(StoreError) -> [(documentID: String, changes: [SpanChange])] {
    let head = try headRevision()
    for number in [from, to] where number < 0 || number > head {
      throw .unknownRevision(number, head: head)
    }
    var result: [(String, [SpanChange])] = []
    for id in try annotatedDocumentIDs() {
      let entries = try history(for: id)
      let low = min(from, to)
      let high = max(from, to)
      guard entries.contains(where: { $0.revision > low && $0.revision <= high }) else { continue }
      let before = try annotations(for: id, at: from)
      let after = try annotations(for: id, at: to)
      let changes = SpanChange.changes(from: before, to: after)
      if !changes.isEmpty { result.append((id, changes)) }
    }
    return result
  }

  // MARK: - Writing

  /// A document's change for ``commit(_:author:message:)``: the annotations
  /// the change was made on (for the conflict check) and the new ones.
  public struct DocumentChange: Sendable {
    /// The annotations as read before the change.
    public var base: DocumentAnnotations
    /// The annotations after it.
    public var new: DocumentAnnotations
    /// The document's text, to record its digest and write span texts.
    public var text: SourceText
    /// The digest of the text.
    public var textSHA256: String

    /// Creates a document change.
    public init(base: DocumentAnnotations, new: DocumentAnnotations, text: SourceText, textSHA256: String) {
      self.base = base
      self.new = new
      self.text = text
      self.textSHA256 = textSHA256
    }
  }

  /// Writes the changes as one new revision and returns it.
  ///
  /// The commit holds the store's lock, refuses with
  /// ``StoreError/conflict(documentID:expectedRevision:foundRevision:)`` if
  /// another process changed one of the documents since `base` was read, and
  /// writes a journal first so that a crash midway is completed on the next
  /// open instead of leaving some documents changed and others not.
  @discardableResult
  public func commit(_ documentChanges: [DocumentChange], author: String, message: String) throws(StoreError)
    -> Revision
  {
    let changed = documentChanges.filter { !SpanChange.changes(from: $0.base, to: $0.new).isEmpty }
    guard !changed.isEmpty else { throw .nothingToCommit }
    try ensureFolder()
    let lock = try acquireLock(purpose: "commit by \(author)")
    defer { lock.release() }
    try recoverLocked()

    for change in changed {
      let found = try SpansFile.revision(
        ofFileAt: spansPath(change.base.documentID), documentID: change.base.documentID)
      if found != change.base.revision {
        throw .conflict(
          documentID: change.base.documentID, expectedRevision: change.base.revision, foundRevision: found)
      }
    }
    var current = self
    current.readRevision = nil
    let number = try current.headRevision() + 1
    let time = ISO8601Time.now()
    var journal = CommitJournal(revision: number, documents: [])
    for change in changed {
      let id = change.base.documentID
      var new = change.new
      new.revision = number
      new.textSHA256 = change.textSHA256
      let entry = HistoryEntry(
        revision: number, author: author, time: time, message: message, textSHA256: change.textSHA256,
        changes: SpanChange.changes(from: change.base, to: change.new))
      journal.documents.append(
        .init(
          id: id, spans: SpansFile.encode(new, text: change.text),
          historyLine: HistoryFile.encode(entry, text: change.text),
          historyLength: try checkedHistoryLength(id, before: number)))
    }
    do {
      try failIfInjected(journalPath)
      try AtomicFile.write(journal.encode(), toPath: journalPath)
    } catch {
      throw .commitNotWritten(error)
    }
    commitObserver?(.journalWritten)
    try apply(journal, takingBackOnFailure: true)
    removeJournal()
    writeHeadCache(number, fingerprint: try? historyFingerprint())
    return Revision(
      number: number, author: author, time: time, message: message, documentIDs: changed.map(\.base.documentID))
  }

  /// Completes a commit that a crash interrupted, if a journal is left.
  ///
  /// Safe to call at any time: it takes the lock, and does nothing when
  /// another process is committing or no journal exists.
  ///
  /// It also removes the temporary files that killed processes left in the
  /// store's folders (the store, its cache, the syntax cache and the
  /// stash), so that any command after
  /// a crash, not only the next commit, leaves the store clean.
  public func recoverIfNeeded() throws(StoreError) {
    guard FileSystem.fileExists(atPath: journalPath) || hasStaleTemporaryFiles() else { return }
    let lock: FileLock
    do {
      lock = try FileLock.acquire(atPath: lockPath, purpose: "recovery", timeout: 0)
    } catch {
      return  // another process is committing; it will finish its own journal
    }
    defer { lock.release() }
    removeStaleTemporaryFiles()
    try recoverLocked()
  }

  /// The folders where Gloss writes files atomically (through temporary
  /// files that a killed process leaves): the store, its cache, the syntax
  /// cache and the stash.
  var temporaryFolders: [String] { [path, cachePath, Path.join(cachePath, "syntax"), Path.join(path, ".stash")] }

  /// Whether a folder of the store holds a temporary file whose process has ended.
  private func hasStaleTemporaryFiles() -> Bool {
    temporaryFolders.contains { folder in
      (try? FileSystem.contentsOfDirectory(atPath: folder))?.contains(where: StaleTemporaryFiles.isStale) ?? false
    }
  }

  /// Removes the stale temporary files of the store's folders; the caller holds the lock.
  private func removeStaleTemporaryFiles() {
    for folder in temporaryFolders { StaleTemporaryFiles.remove(in: folder) }
  }

  // MARK: - Files

  static let spansSuffix = ".spans.jsonl"
  static let historySuffix = ".history.jsonl"

  func spansPath(_ documentID: String) -> String { Path.join(path, documentID + Self.spansSuffix) }
  func historyPath(_ documentID: String) -> String { Path.join(path, documentID + Self.historySuffix) }
  var lockPath: String { Path.join(path, ".lock") }
  var journalPath: String { Path.join(path, ".journal") }
  var cachePath: String { Path.join(path, ".cache") }
  var headCachePath: String { Path.join(cachePath, "head") }

  private func read(_ file: String) throws(StoreError) -> [UInt8] {
    do {
      return try FileSystem.readFile(atPath: file)
    } catch {
      throw .fileSystem(error)
    }
  }

  private func write(_ bytes: [UInt8], to file: String) throws(StoreError) {
    do {
      try AtomicFile.write(bytes, toPath: file)
    } catch {
      throw .fileSystem(error)
    }
  }

  /// Creates the store's folder and its `.gitignore` (which keeps the lock,
  /// the journal and `.cache/` out of git) if they are not there yet.
  func ensureFolder() throws(StoreError) {
    do {
      try FileSystem.createDirectory(atPath: path, intermediate: true)
    } catch {
      throw .fileSystem(error)
    }
    let ignore = Path.join(path, ".gitignore")
    if !FileSystem.fileExists(atPath: ignore) {
      try write(
        Array(
          "# Gloss's lock, commit journal, cache and stash: local, never versioned.\n.lock\n.journal\n.cache/\n.stash/\n.*.tmp-*\n"
            .utf8
        ), to: ignore)
    }
  }

  /// Takes the store's lock; holding it, removes the temporary files that
  /// killed processes left in `Annotations/`, its cache and its stash.
  private func acquireLock(purpose: String) throws(StoreError) -> FileLock {
    do {
      let lock = try FileLock.acquire(atPath: lockPath, purpose: purpose, timeout: lockTimeout)
      removeStaleTemporaryFiles()
      return lock
    } catch {
      switch error.reason {
      case .busy: throw .busy(error)
      case .fileSystem(let failure): throw .fileSystem(failure)
      }
    }
  }

  /// Finishes a journalled commit; the caller holds the lock.
  private func recoverLocked() throws(StoreError) {
    guard FileSystem.fileExists(atPath: journalPath) else { return }
    let bytes = try read(journalPath)
    guard let journal = CommitJournal.decode(bytes) else {
      // A journal torn before it was complete: its commit never started to apply.
      removeJournal()
      return
    }
    try checkNamesOnlyDocuments(journal)
    try apply(journal, takingBackOnFailure: false)
    removeJournal()
    // The head is taken again from the history files next time.
    try? FileSystem.removeItem(atPath: headCachePath)
  }

  /// Refuses a journal that names anything but documents' files in this
  /// folder: every id must be one a document can have, the same check as
  /// for an id typed on the command line, so a crafted journal can never
  /// make recovery write outside `Annotations/`. The journal is left as it is.
  private func checkNamesOnlyDocuments(_ journal: CommitJournal) throws(StoreError) {
    guard journal.revision > 0 else {
      throw .corruptFile(
        FileLocation(path: journalPath, line: 1),
        message:
          "the journal's revision \(journal.revision) is not a revision number; it was not applied — remove the file if no commit of yours was interrupted"
      )
    }
    for document in journal.documents {
      guard Document.isValidID(document.id), document.historyLength >= 0 else {
        throw .corruptFile(
          FileLocation(path: journalPath, line: 1),
          message:
            "the journal names \(String(reflecting: document.id)), which is no document id; it was not applied — remove the file if no commit of yours was interrupted"
        )
      }
    }
  }

  /// Writes every file of a journalled commit (idempotent): appends the
  /// history lines, writes every spans file under its temporary name, then
  /// renames them all. The writes that can fail for want of space or
  /// permission come before the first rename.
  ///
  /// With `takingBackOnFailure` (a commit, not a recovery), a write that
  /// fails before the renames is taken back — histories cut to their old
  /// length, temporary files removed, the journal deleted — and reported as
  /// ``StoreError/commitNotWritten(_:)``: the store is as it was. A failed
  /// rename (after every write succeeded) leaves the journal, so the next
  /// command completes the commit.
  private func apply(_ journal: CommitJournal, takingBackOnFailure: Bool) throws(StoreError) {
    var appended: [CommitJournal.DocumentFiles] = []
    var prepared: [AtomicFile.Prepared] = []
    do throws(FileSystemError) {
      for document in journal.documents {
        let file = historyPath(document.id)
        try failIfInjected(file)
        appended.append(document)
        try FileSystem.truncateAndAppend(document.historyLine, toPath: file, at: document.historyLength)
        commitObserver?(.historyAppended(document.id))
      }
      for document in journal.documents {
        let file = spansPath(document.id)
        try failIfInjected(file)
        prepared.append(try AtomicFile.prepare(document.spans, toPath: file))
      }
    } catch {
      for file in prepared { file.discard() }
      guard takingBackOnFailure else { throw .fileSystem(error) }
      for document in appended.reversed() {
        let file = historyPath(document.id)
        if document.historyLength == 0 {
          try? FileSystem.removeItem(atPath: file)
        } else {
          try? FileSystem.truncate(atPath: file, toLength: document.historyLength)
        }
      }
      removeJournal()
      throw .commitNotWritten(error)
    }
    for (document, file) in zip(journal.documents, prepared) {
      do {
        try file.commit()
      } catch {
        for later in prepared where later.targetPath != file.targetPath { later.discard() }
        throw .fileSystem(error)
      }
      commitObserver?(.spansWritten(document.id))
    }
  }

  /// Throws the failure ``injectedWriteFailure`` asks for at `path`, if any.
  private func failIfInjected(_ path: String) throws(FileSystemError) {
    if let hook = injectedWriteFailure, let code = hook(path) {
      throw FileSystemError(path: path, operation: "write", errno: code)
    }
  }

  /// A history file's bytes. A store reading a committed revision leaves
  /// out a last line that has no line end yet and does not parse, or is
  /// newer than the revision: a commit under way is appending it.
  private func readHistory(_ file: String) throws(StoreError) -> [UInt8] {
    let bytes = try read(file)
    guard let readRevision, let last = bytes.last, last != UInt8(ascii: "\n") else { return bytes }
    let start = (bytes.lastIndex(of: UInt8(ascii: "\n"))).map { $0 + 1 } ?? 0
    if let entry = (try? HistoryFile.decode(Array(bytes[start...]), path: file))?.last,
      entry.revision <= readRevision
    {
      return bytes
    }
    return Array(bytes[..<start])
  }

  /// The length of a document's history file, after checking that its last
  /// line is whole and older than `revision`: a history that does not end
  /// cleanly is reported and never appended to. Only the file's tail is read,
  /// so the check costs the size of the last revision, not of the history.
  private func checkedHistoryLength(_ id: String, before revision: Int) throws(StoreError) -> Int {
    let file = historyPath(id)
    guard let length = FileSystem.fileSize(atPath: file), length > 0 else { return 0 }
    var window = 4096
    while true {
      let start = max(0, length - window)
      let tail: [UInt8]
      do {
        tail = try FileSystem.readFile(atPath: file, from: start)
      } catch {
        throw .fileSystem(error)
      }
      guard tail.last == UInt8(ascii: "\n") else { throw try historyProblem(file) }
      let body = tail.dropLast()
      let lastLine: [UInt8]
      if let newline = body.lastIndex(of: UInt8(ascii: "\n")) {
        lastLine = Array(tail[(newline + 1)...])
      } else if start == 0 {
        lastLine = tail
      } else {
        window *= 4
        continue
      }
      guard let entry = (try? HistoryFile.decode(lastLine, path: file))?.last else { throw try historyProblem(file) }
      guard entry.revision < revision else {
        throw .corruptFile(
          FileLocation(path: file, line: 1),
          message: "its last revision is \(entry.revision), not older than the new revision \(revision); "
            + "the revision numbers are confused (was the file merged or edited by hand?)")
      }
      return length
    }
  }

  /// The error that describes what is wrong with a history file, with the
  /// line numbers of the whole file.
  private func historyProblem(_ file: String) throws(StoreError) -> StoreError {
    do {
      _ = try HistoryFile.decode(read(file), path: file)
    } catch {
      return error
    }
    return .corruptFile(FileLocation(path: file, line: 1), message: "the file does not end with a whole history line")
  }

  private func removeJournal() {
    try? FileSystem.removeItem(atPath: journalPath)
  }
}
