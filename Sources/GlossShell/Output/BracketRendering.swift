import GlossCore

/// Draws nested spans (clauses) as brackets under the text, one row per
/// level of nesting, the label in the bracket:
///
/// ```
/// If either country is attacked, the other will help.
/// └─────────────────────── MAIN s12 ────────────────┘
/// └──── SUB s13 ────────────────┘
/// ```
///
/// A suggestion's label ends in `?`, a rejected span's in `✗`. Long lines are wrapped; a bracket cut by the wrap is drawn open (`─` at
/// the cut end) and goes on under the next line.
public enum BracketRendering {
  /// The text with `spans` bracketed under it, lines at most `width` columns.
  public static func render(_ text: SourceText, spans: [Span], width: Int = 100, style: Style) -> String {
    let spans = spans.filter { $0.start < $0.end }
    // Depth: how many other spans contain the span (outermost first).
    var depth: [String: Int] = [:]
    for span in spans {
      depth[span.id] =
        spans.filter {
          $0.id != span.id && $0.start <= span.start && span.end <= $0.end
            && ($0.end - $0.start > span.end - span.start || $0.id < span.id)
        }.count
    }
    var output: [String] = []
    for segment in segments(text, width: width) {
      let scalars = Array(text.text(in: segment).unicodeScalars)
      // Column where each offset of the segment starts.
      var columns: [Int] = [0]
      for scalar in scalars { columns.append(columns.last! + DisplayWidth.of(scalar)) }
      let lineWidth = columns.last!
      output.append(String(String.UnicodeScalarView(scalars)))
      let here = spans.filter { $0.start < segment.upperBound && segment.lowerBound < $0.end }
      guard !here.isEmpty else { continue }
      let rows = Dictionary(grouping: here) { depth[$0.id] ?? 0 }
      for level in rows.keys.sorted() {
        var cells = Array(repeating: " ", count: max(lineWidth, 1))
        var labels: [(Int, Int, String)] = []
        for span in rows[level]!.sorted(by: { $0.start < $1.start }) {
          let opens = span.start >= segment.lowerBound
          let closes = span.end <= segment.upperBound
          let first = opens ? columns[span.start - segment.lowerBound] : 0
          let last = max(first, (closes ? columns[span.end - segment.lowerBound] : lineWidth) - 1)
          guard first < cells.count else { continue }
          for column in first...min(last, cells.count - 1) { cells[column] = "─" }
          if opens { cells[first] = first == min(last, cells.count - 1) && closes ? "╵" : "└" }
          if closes && last > first && last < cells.count { cells[last] = "┘" }
          let mark = SpanRendering.statusMark(span.status)
          labels.append((first, min(last, cells.count - 1), " \(span.label)\(mark) \(span.id) "))
        }
        // Labels in the middle of their bracket, where they fit.
        for (first, last, label) in labels {
          let length = label.count
          guard last - first - 1 >= length else { continue }
          let start = first + 1 + (last - first - 1 - length) / 2
          for (index, character) in label.enumerated() { cells[start + index] = String(character) }
        }
        var row = cells.joined()
        while row.hasSuffix(" ") { row.removeLast() }
        output.append(style.dim(row))
      }
    }
    return output.joined(separator: "\n")
  }

  /// The text's lines (split at line breaks, which are left out), each cut
  /// at spaces into pieces of at most `width` columns.
  static func segments(_ text: SourceText, width: Int) -> [Range<Int>] {
    var segments: [Range<Int>] = []
    var lineStart = 0
    var offset = 0
    var breakAt: Int?
    var column = 0
    func close(_ end: Int) {
      segments.append(lineStart..<end)
      lineStart = end
      column = 0
      breakAt = nil
    }
    for scalar in text.string.unicodeScalars {
      if scalar == "\n" || scalar == "\r" {
        if lineStart < offset || scalar == "\n" { close(offset) }
        offset += 1
        lineStart = offset
        continue
      }
      let columns = DisplayWidth.of(scalar)
      if column + columns > width {
        let end = breakAt ?? offset
        segments.append(lineStart..<end)
        column = text.text(in: end..<offset).unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) }
        lineStart = end
        breakAt = nil
      }
      column += columns
      offset += 1
      if scalar == " " { breakAt = offset }
    }
    if lineStart < offset { segments.append(lineStart..<offset) }
    return segments.filter { !$0.isEmpty }
  }
}
