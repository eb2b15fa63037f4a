import GlossCore
import GlossFormats

/// What a shell command printed, for people and for machines.
///
/// Every command builds both renderings, so `set format json` turns every
/// command's output into JSON without each command knowing the setting.
public struct CommandOutput: Sendable {
  /// The rendering for people (tables aligned, colour where enabled).
  var text: String
  /// The same result as one JSON value.
  var json: [UInt8]
  /// The same result as CSV, for commands that print tables of results.
  public var csv: String?
  /// Whether a long text goes through `$PAGER` on a terminal.
  var pages = false

  /// Nothing to print.
  static let empty = CommandOutput(text: "", json: [])

  /// A one-line message; in JSON `{"message": …}` plus any extra fields.
  static func message(_ text: String, fields: [(String, JSONValue)] = []) -> CommandOutput {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("message")
    writer.string(text)
    for (key, value) in fields {
      writer.key(key)
      writer.value(value)
    }
    writer.endObject()
    return CommandOutput(text: text + "\n", json: writer.takeBytes())
  }

  /// A table; in JSON an array of objects keyed by the headings, with the
  /// right-aligned (numeric) columns as numbers.
  static func table(_ table: TextTable, style: Style, footer: String? = nil) -> CommandOutput {
    var writer = JSONWriter()
    writer.beginArray()
    for row in table.rows {
      writer.beginObject()
      for (column, heading) in table.headings.enumerated() where column < row.count {
        writer.key(heading)
        if table.alignments[column] == .right, let number = Int(row[column]) {
          writer.integer(number)
        } else {
          writer.string(row[column])
        }
      }
      writer.endObject()
    }
    writer.endArray()
    var text = table.rows.isEmpty ? "" : table.render(style: style)
    if let footer { text += footer + "\n" }
    let csv = ([table.headings] + table.rows).map { CSV.record($0) + "\n" }.joined()
    return CommandOutput(text: text, json: writer.takeBytes(), csv: csv)
  }

  /// Human text with an explicit JSON value.
  static func custom(_ text: String, json: (inout JSONWriter) -> Void) -> CommandOutput {
    var writer = JSONWriter()
    json(&writer)
    return CommandOutput(text: text, json: writer.takeBytes())
  }
}
