import GlossCore

/// Arranges words in columns, filled top to bottom like `ls`.
///
/// Widths are terminal display widths (``DisplayWidth`` in GlossCore), so
/// accented letters count as one column and wide CJK characters as two.
enum ColumnLayout {
  /// Spaces between columns.
  static let gap = 2

  /// The lines that show `words` within `width` columns.
  static func rows(of words: [String], width: Int) -> [String] {
    guard !words.isEmpty else { return [] }
    let widths = words.map(DisplayWidth.of)
    let columnWidth = (widths.max() ?? 0) + gap
    let columnCount = max(1, min(words.count, (width + gap) / columnWidth))
    let rowCount = (words.count + columnCount - 1) / columnCount
    return (0..<rowCount).map { row in
      var line = ""
      for index in stride(from: row, to: words.count, by: rowCount) {
        let isLast = index + rowCount >= words.count
        line += words[index]
        if !isLast {
          line += String(repeating: " ", count: columnWidth - widths[index])
        }
      }
      return line
    }
  }
}
