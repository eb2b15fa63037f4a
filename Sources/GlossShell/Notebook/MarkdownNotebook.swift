/// Notebooks as Markdown: every fenced block whose info string starts with
/// `gloss` is a block of commands, and a fenced `output` block right after
/// it (blank lines between) is its output.
///
/// Everything else is prose and is written back byte for byte, so running a
/// notebook whose outputs are current rewrites the same bytes. A block with
/// the info string `gloss expect-error` is meant to fail.
public enum MarkdownNotebook {
  /// The info string of output blocks.
  static let outputInfo = "output"

  /// Reads a Markdown notebook; `name` is used in errors.
  static func parse(_ source: String, name: String) throws(NotebookError) -> Notebook {
    let lines = splitLines(source)
    var cells: [Notebook.Cell] = []
    var prose = ""
    var proseLine = 1
    var index = 0
    func flushProse(nextLine: Int) {
      if !prose.isEmpty { cells.append(.prose(prose, line: proseLine)) }
      prose = ""
      proseLine = nextLine
    }
    while index < lines.count {
      let line = lines[index]
      guard let fence = Fence(opening: line.content) else {
        prose += line.content + line.terminator
        index += 1
        continue
      }
      let closing = (index + 1..<lines.count).first { fence.isClosed(by: lines[$0].content) }
      guard fence.words.first == "gloss" else {
        // Any other fenced block is prose, copied through whole.
        let end = closing ?? lines.count - 1
        for other in lines[index...end] { prose += other.content + other.terminator }
        index = end + 1
        continue
      }
      guard let closing else {
        throw NotebookError("\(name):\(index + 1): the ```gloss block opened here is never closed")
      }
      flushProse(nextLine: index + 1)
      var cell = Notebook.Cell.commands(
        lines[index + 1..<closing].map { $0.content + "\n" }.joined(), line: index + 1)
      cell.openingFence = line.content
      cell.closingFence = lines[closing].content
      cell.expectsError = fence.words.dropFirst().contains("expect-error")
      index = closing + 1
      // An output block after blank lines belongs to the block.
      var next = index
      while next < lines.count && lines[next].content.allSatisfy({ $0 == " " || $0 == "\t" }) { next += 1 }
      if next < lines.count, let outputFence = Fence(opening: lines[next].content),
        outputFence.words == [Substring(outputInfo)]
      {
        guard let end = (next + 1..<lines.count).first(where: { outputFence.isClosed(by: lines[$0].content) }) else {
          throw NotebookError("\(name):\(next + 1): the ```output block opened here is never closed")
        }
        cell.output = lines[next + 1..<end].map { $0.content + "\n" }.joined()
        index = end + 1
      }
      cells.append(cell)
      proseLine = index + 1
    }
    flushProse(nextLine: index + 1)
    return Notebook(cells: cells)
  }

  /// The notebook as Markdown.
  static func render(_ notebook: Notebook) -> String {
    var text = ""
    for cell in notebook.cells {
      switch cell.kind {
      case .prose:
        text += cell.source
      case .commands:
        text += cell.openingFence + "\n" + cell.source + cell.closingFence + "\n"
        if let output = cell.output {
          let fence = fence(for: output)
          text += "\n" + fence + outputInfo + "\n" + output + (output.hasSuffix("\n") ? "" : "\n") + fence + "\n"
        }
      }
    }
    return text
  }

  /// A backtick fence longer than any backtick run that starts a line of `output`.
  static func fence(for output: String) -> String {
    var longest = 0
    for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
      let run = line.drop { $0 == " " }.prefix { $0 == "`" }.count
      longest = max(longest, run)
    }
    return String(repeating: "`", count: max(3, longest + 1))
  }

  /// The lines of `source`, each with its terminator (`\n`, `\r\n`, or none at the end).
  private static func splitLines(_ source: String) -> [(content: String, terminator: String)] {
    var lines: [(String, String)] = []
    var remaining = Substring(source)
    while !remaining.isEmpty {
      if let end = remaining.firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) {
        lines.append((String(remaining[..<end]), String(remaining[end])))
        remaining = remaining[remaining.index(after: end)...]
      } else {
        lines.append((String(remaining), ""))
        remaining = ""
      }
    }
    return lines
  }
}

/// A CommonMark code fence: three or more backticks or tildes, indented by
/// at most three spaces, and an info string.
private struct Fence {
  /// The fence character.
  let character: Character
  /// How many of them open the block.
  let length: Int
  /// The words of the info string.
  let words: [Substring]

  /// The fence `line` opens, if it opens one.
  init?(opening line: String) {
    let indent = line.prefix { $0 == " " }.count
    guard indent <= 3 else { return nil }
    let rest = line.dropFirst(indent)
    guard let first = rest.first, first == "`" || first == "~" else { return nil }
    let length = rest.prefix { $0 == first }.count
    guard length >= 3 else { return nil }
    let info = rest.dropFirst(length)
    if first == "`" && info.contains("`") { return nil }
    character = first
    self.length = length
    words = info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
  }

  /// Whether `line` closes this fence.
  func isClosed(by line: String) -> Bool {
    let indent = line.prefix { $0 == " " }.count
    guard indent <= 3 else { return false }
    let rest = line.dropFirst(indent)
    let run = rest.prefix { $0 == character }.count
    return run >= length && rest.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
  }
}
