import GlossCore

/// A table aligned for people: columns padded by display width, so accented
/// letters, CJK text and emoji line up in a terminal.
public struct TextTable {
  /// How a column's cells are aligned.
  public enum Alignment { case left, right }

  /// The column headings.
  var headings: [String]
  /// The alignment of each column.
  var alignments: [Alignment]
  /// The rows, one cell per column.
  public var rows: [[String]] = []

  /// Creates an empty table; numeric columns are usually right-aligned.
  public init(_ headings: [String], alignments: [Alignment]? = nil) {
    self.headings = headings
    self.alignments = alignments ?? Array(repeating: .left, count: headings.count)
  }

  /// Adds a row.
  mutating func append(_ row: [String]) {
    rows.append(row)
  }

  /// The table as lines of text, the headings underlined by dashes.
  public func render(style: Style = Style.plain) -> String {
    var widths = headings.map(DisplayWidth.of)
    for row in rows {
      for (column, cell) in row.enumerated() where column < widths.count {
        widths[column] = max(widths[column], DisplayWidth.of(cell))
      }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (column, cell) in cells.enumerated() {
        let padding = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(cell)))
        let isLast = column == cells.count - 1
        switch alignments[column] {
        case .left: parts.append(isLast ? cell : cell + padding)
        case .right: parts.append(padding + cell)
        }
      }
      return parts.joined(separator: "  ")
    }
    var lines = [style.bold(line(headings)), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
    lines.append(contentsOf: rows.map(line))
    return lines.joined(separator: "\n") + "\n"
  }
}
