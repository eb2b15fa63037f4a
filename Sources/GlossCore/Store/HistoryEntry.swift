/// What one revision did to one document, as kept in that document's history
/// file (`Annotations/<id>.history.jsonl`).
public struct HistoryEntry: Sendable, Hashable {
  /// The revision number.
  public var revision: Int
  /// Who committed it.
  public var author: String
  /// When, in UTC ISO 8601.
  public var time: String
  /// The commit message.
  public var message: String
  /// The SHA-256 of the text the changes were made on.
  public var textSHA256: String
  /// The changes to this document's spans.
  public var changes: [SpanChange]

  /// Creates a history entry.
  public init(revision: Int, author: String, time: String, message: String, textSHA256: String, changes: [SpanChange]) {
    self.revision = revision
    self.author = author
    self.time = time
    self.message = message
    self.textSHA256 = textSHA256
    self.changes = changes
  }
}
