import ArgumentParser
import GlossShell

/// A `DOC@REV` reference to a document at a revision.
struct DocumentRevisionArgument: ExpressibleByArgument, Sendable {
  /// The document.
  var documentID: String
  /// The revision, or `nil` for the current state.
  var revision: Int?

  init?(argument: String) {
    guard let at = argument.lastIndex(of: "@") else {
      documentID = argument
      revision = nil
      return
    }
    guard let number = Int(argument[argument.index(after: at)...]), number >= 0 else { return nil }
    documentID = String(argument[..<at])
    revision = number
  }
}
