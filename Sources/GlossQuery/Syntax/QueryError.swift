/// A query that cannot be parsed or names something unknown.
///
/// The error points at the column where the problem is and explains it; the
/// shell and the command line draw a caret under that column.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong, and what to write instead when that is known.
  public var message: String
  /// The scalar offsets in the query the error is about.
  public var range: Range<Int>

  /// Creates an error about `range` of the query.
  public init(_ message: String, at range: Range<Int>) {
    self.message = message
    self.range = range
  }

  /// The 1-based column where the problem starts.
  public var column: Int { range.lowerBound + 1 }

  /// The message with its column.
  public var description: String { "column \(column): \(message)" }

  /// The query, the caret line under the problem, and the message.
  public func rendered(query: String) -> String {
    let width = max(1, range.count)
    let caret = String(repeating: " ", count: range.lowerBound) + String(repeating: "^", count: width)
    return "\(query)\n\(caret)\n\(description)"
  }
}
