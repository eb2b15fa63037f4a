/// Staged changes saved for later: by `stash` in the shell, or when a person
/// leaves with changes staged and chooses to keep them. Each document's
/// changes are kept with the revision they were made against, so they can
/// be re-applied onto a newer one (``StagedRebase``).
public struct StashEntry: Sendable, Hashable {
  /// One document's saved changes.
  public struct DocumentChanges: Sendable, Hashable {
    /// The document.
    public var documentID: String
    /// The revision of the document the changes were made against.
    public var baseRevision: Int
    /// The changes.
    public var changes: [SpanChange]

    /// Creates a document's saved changes.
    public init(documentID: String, baseRevision: Int, changes: [SpanChange]) {
      self.documentID = documentID
      self.baseRevision = baseRevision
      self.changes = changes
    }
  }

  /// The entry's number (`stash show N`), unique in the store.
  public var number: Int
  /// Who staged the changes.
  public var annotator: String
  /// When they were saved (ISO 8601, UTC).
  public var time: String
  /// What they are (`kept at quit`, a person's message).
  public var message: String
  /// Whether they were kept when a session ended, to be taken back by the
  /// same annotator's next session.
  public var isKeptAtQuit: Bool
  /// The changes, per document.
  public var documents: [DocumentChanges]

  /// Creates an entry.
  public init(
    number: Int, annotator: String, time: String, message: String, isKeptAtQuit: Bool, documents: [DocumentChanges]
  ) {
    self.number = number
    self.annotator = annotator
    self.time = time
    self.message = message
    self.isKeptAtQuit = isKeptAtQuit
    self.documents = documents
  }

  /// The number of changes saved.
  public var changeCount: Int { documents.reduce(0) { $0 + $1.changes.count } }
}
