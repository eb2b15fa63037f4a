import GlossCore

/// Notebooks in Jupyter's format (nbformat 4.5): Markdown cells are prose,
/// code cells hold Gloss commands, and their outputs are an `execute_result`
/// (`text/plain`) — or a `stderr` stream when the block failed. The kernel
/// named in the metadata is Gloss.
public enum JupyterNotebook {
  /// The kernelspec written into new notebooks.
  static let kernelspec: JSONValue = .object([
    "name": .string("gloss"), "display_name": .string("Gloss"), "language": .string("gloss"),
  ])

  /// Reads an `.ipynb`; `name` is used in errors.
  static func parse(_ bytes: [UInt8], name: String) throws(NotebookError) -> Notebook {
    let root: JSONValue
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw NotebookError("\(name): not JSON: \(error)")
    }
    guard root["nbformat"]?.intValue == 4 else { throw NotebookError("\(name): not an nbformat 4 notebook") }
    guard case .array(let items)? = root["cells"] else { throw NotebookError("\(name): no \"cells\" array") }
    var cells: [Notebook.Cell] = []
    for (number, item) in items.enumerated() {
      let type = item["cell_type"]?.stringValue
      let source = text(item["source"])
      var cell: Notebook.Cell
      switch type {
      case "code":
        var commands = source
        if !commands.isEmpty && !commands.hasSuffix("\n") { commands += "\n" }
        var output = ""
        if case .array(let outputs)? = item["outputs"] {
          for entry in outputs {
            output +=
              entry["output_type"]?.stringValue == "stream" ? text(entry["text"]) : text(entry["data"]?["text/plain"])
          }
        }
        cell = .commands(commands, output: output.isEmpty ? nil : output, line: number + 1)
        cell.expectsError = item["metadata"]?["gloss"]?["expect-error"]?.boolValue ?? false
      case "markdown", "raw":
        cell = .prose(source, line: number + 1)
      default:
        throw NotebookError("\(name): cell \(number + 1) has an unknown cell_type")
      }
      cell.id = item["id"]?.stringValue
      cell.metadata = item["metadata"]
      cells.append(cell)
    }
    return Notebook(cells: cells, metadata: root["metadata"])
  }

  /// The notebook as nbformat 4.5 JSON. Prose cells are trimmed of blank
  /// lines around them (and left out when empty); cells without an id get a
  /// stable one from their position.
  public static func render(_ notebook: Notebook) -> [UInt8] {
    var writer = JSONWriter(pretty: true)
    writer.beginObject()
    writer.key("cells")
    writer.beginArray()
    var executionCount = 0
    for (index, cell) in notebook.cells.enumerated() {
      let source =
        cell.kind == .prose
        ? trimmedBlankLines(cell.source) : String(cell.source.dropLast(cell.source.hasSuffix("\n") ? 1 : 0))
      if cell.kind == .prose && source.isEmpty { continue }
      writer.beginObject()
      writer.key("cell_type")
      writer.string(cell.kind == .prose ? "markdown" : "code")
      writer.key("id")
      writer.string(cell.id ?? "cell-\(index + 1)")
      writer.key("metadata")
      var metadata = cell.metadata ?? .object([:])
      if cell.expectsError, case .object(var members) = metadata {
        members["gloss"] = .object(["expect-error": .bool(true)])
        metadata = .object(members)
      }
      writer.value(metadata)
      writer.key("source")
      lineArray(source, to: &writer)
      if cell.kind == .commands {
        executionCount += 1
        writer.key("execution_count")
        writer.integer(executionCount)
        writer.key("outputs")
        writer.beginArray()
        if let output = cell.output {
          writer.beginObject()
          if cell.expectsError {
            writer.key("output_type")
            writer.string("stream")
            writer.key("name")
            writer.string("stderr")
            writer.key("text")
            lineArray(output, to: &writer)
          } else {
            writer.key("output_type")
            writer.string("execute_result")
            writer.key("execution_count")
            writer.integer(executionCount)
            writer.key("data")
            writer.beginObject()
            writer.key("text/plain")
            lineArray(output, to: &writer)
            writer.endObject()
            writer.key("metadata")
            writer.beginObject()
            writer.endObject()
          }
          writer.endObject()
        }
        writer.endArray()
      }
      writer.endObject()
    }
    writer.endArray()
    writer.key("metadata")
    var metadata: [String: JSONValue] = [:]
    if case .object(let members)? = notebook.metadata { metadata = members }
    if metadata["kernelspec"] == nil { metadata["kernelspec"] = kernelspec }
    if metadata["language_info"] == nil {
      metadata["language_info"] = .object(["name": .string("gloss"), "file_extension": .string(".gloss")])
    }
    writer.value(.object(metadata))
    writer.key("nbformat")
    writer.integer(4)
    writer.key("nbformat_minor")
    writer.integer(5)
    writer.endObject()
    var bytes = writer.takeBytes()
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }

  /// A multiline string field: a string, or an array of strings joined.
  private static func text(_ value: JSONValue?) -> String {
    switch value {
    case .string(let text)?: return text
    case .array(let parts)?: return parts.compactMap(\.stringValue).joined()
    default: return ""
    }
  }

  /// Writes `text` as Jupyter does: an array of lines, each but the last
  /// keeping its newline.
  private static func lineArray(_ text: String, to writer: inout JSONWriter) {
    writer.beginArray()
    var line = ""
    for character in text {
      line.append(character)
      if character == "\n" {
        writer.string(line)
        line = ""
      }
    }
    if !line.isEmpty { writer.string(line) }
    writer.endArray()
  }

  /// `text` without blank lines at its start and end (and no final newline).
  private static func trimmedBlankLines(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    while let first = lines.first, first.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { lines.removeFirst() }
    while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { lines.removeLast() }
    return lines.joined(separator: "\n")
  }
}
