import CLibEdit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Arranges words in columns, filled top to bottom like `ls`.
///
/// Widths are terminal display widths (`wcwidth`), so accented letters count
/// as one column and wide CJK characters as two. Requires a UTF-8 `LC_CTYPE`
/// (see ``TerminalLocale``); characters `wcwidth` does not know count as one.
enum ColumnLayout {
  /// Spaces between columns.
  static let gap = 2

  /// The lines that show `words` within `width` columns.
  static func rows(of words: [String], width: Int) -> [String] {
    guard !words.isEmpty else { return [] }
    let widths = words.map(displayWidth)
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

  /// The number of terminal columns `text` occupies.
  static func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { total, scalar in
      let width = cle_wcwidth(wchar_t(bitPattern: scalar.value))
      return total + (width < 0 ? 1 : Int(width))
    }
  }
}
