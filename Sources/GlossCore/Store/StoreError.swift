/// Something went wrong reading or changing the annotation store.
///
/// Every case names the file, document, span or revision concerned and what
/// is wrong; the front end adds which of its commands helps. Nothing is ever
/// half-written when one is thrown.
public enum StoreError: Error, Sendable, CustomStringConvertible {
  /// A store file does not parse; it is left untouched.
  case corruptFile(FileLocation, message: String)
  /// Another process committed to a document since this session read it.
  case conflict(documentID: String, expectedRevision: Int, foundRevision: Int)
  /// The document's text changed after its annotations were made.
  case staleText(documentID: String, recordedSHA256: String, currentSHA256: String)
  /// No document has this id.
  case unknownDocument(String, suggestion: String?)
  /// The document has no span with this id.
  case unknownSpan(documentID: String, spanID: String)
  /// No revision has this number.
  case unknownRevision(Int, head: Int)
  /// Quoted text was not found, or not at the requested occurrence;
  /// `nearby` holds spellings in the text that differ only in case or accents.
  case textNotFound(documentID: String, text: String, occurrences: Int, requested: Int?, nearby: [String] = [])
  /// A span was refused.
  case invalidSpan(documentID: String, SpanValidationError)
  /// An identical span (same layer, label and range) already exists.
  case duplicateSpan(documentID: String, existing: Span)
  /// The span would overlap `conflicting` in a way its layer's
  /// ``OverlapPolicy`` forbids.
  case overlap(documentID: String, span: Span, conflicting: Span, policy: OverlapPolicy)
  /// The store's lock could not be taken: another process held it for the
  /// whole timeout (the error names it).
  case busy(FileLockError)
  /// A file could not be read or written.
  case fileSystem(FileSystemError)
  /// `commit` with nothing staged.
  case nothingToCommit
  /// A commit could not write one of its files (a full disk, a read-only
  /// folder); what it had written was taken back, so the store is as it was.
  case commitNotWritten(FileSystemError)
  /// `stash show|apply|drop N` with no entry N.
  case noSuchStash(Int)
  /// `done`/`undone` that cannot be made: an unknown layer, pending
  /// suggestions on a layer, nothing to mark.
  case review(documentID: String, message: String)

  /// The message a person reads.
  public var description: String {
    switch self {
    case .corruptFile(let location, let message):
      return "\(location): \(message); the file was not changed — fix it by hand or restore it with git"
    case .conflict(let document, let expected, let found):
      return "document '\(document)' changed since this session read it (revision \(expected), "
        + "now \(found), committed by another process); nothing was written — `reload` re-applies your staged "
        + "changes onto it and lists any that conflict"
    case .staleText(let document, let recorded, let current):
      return "the text of '\(document)' changed after it was annotated (annotations made on sha256 "
        + "\(recorded.prefix(12))…, text now \(current.prefix(12))…); its spans may point at the wrong words, "
        + "so editing it is refused — restore the original text, or re-anchor the spans by hand"
    case .unknownDocument(let id, let suggestion):
      return "no document '\(id)' in Corpus/" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
    case .unknownSpan(let document, let span):
      return "document '\(document)' has no span '\(span)'"
    case .unknownRevision(let number, let head):
      return head == 0
        ? "there is no revision \(number): nothing has been committed yet"
        : "there is no revision \(number): revisions run from 1 to \(head)"
    case .textNotFound(let document, let text, let occurrences, let requested, let nearby):
      if let requested, occurrences > 0 {
        return "'\(text)' occurs \(occurrences) time(s) in '\(document)', so there is no occurrence \(requested)"
      }
      let hint = nearby.isEmpty ? "" : "; did you mean " + nearby.map { "'\($0)'" }.joined(separator: " or ") + "?"
      return "'\(text)' does not occur in '\(document)' (the match is exact and case-sensitive)" + hint
    case .invalidSpan(let document, let error):
      return "in '\(document)': \(error)"
    case .duplicateSpan(let document, let existing):
      return
        "'\(document)' already has \(existing.qualifiedLabel) at [\(existing.start), \(existing.end)) as \(existing.id)"
    case .overlap(let document, let span, let conflicting, let policy):
      let relation =
        span.range == conflicting.range
        ? "has the same extent as" : policy == .none ? "overlaps" : "crosses"
      return "in '\(document)': \(span.qualifiedLabel) [\(span.start), \(span.end)) \(relation) \(conflicting.id) "
        + "\(conflicting.qualifiedLabel) [\(conflicting.start), \(conflicting.end)) (\(conflicting.status.rawValue)); "
        + "on layer '\(span.layer)' \(policy.summary) (overlap: \(policy.rawValue))"
    case .busy(let error):
      return error.description
    case .fileSystem(let error):
      return "\(error)"
    case .nothingToCommit:
      return "nothing to commit: no change is staged"
    case .commitNotWritten(let error):
      let code = error.errnoName.map { " (\($0))" } ?? ""
      return "could not write \(error.path): \(error.reason)\(code); nothing was committed "
        + "(the staged changes are kept: free some space or make the folder writable, then commit again)"
    case .noSuchStash(let number):
      return "there is no stash entry \(number); `stash list` lists them"
    case .review(let document, let message):
      return "in '\(document)': \(message)"
    }
  }
}
