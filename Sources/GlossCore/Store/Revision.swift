/// A numbered, described change to the store: one commit.
///
/// A revision may touch many spans in many documents; it is written as one
/// unit, so it is either wholly in the store or not at all.
public struct Revision: Sendable, Hashable {
  /// The revision's number, counting up from 1 across the corpus.
  public var number: Int
  /// Who committed it.
  public var author: String
  /// When, in UTC ISO 8601.
  public var time: String
  /// What the change was for.
  public var message: String
  /// The documents it changed, by id.
  public var documentIDs: [String]

  /// Creates a revision record.
  public init(number: Int, author: String, time: String, message: String, documentIDs: [String]) {
    self.number = number
    self.author = author
    self.time = time
    self.message = message
    self.documentIDs = documentIDs
  }
}
