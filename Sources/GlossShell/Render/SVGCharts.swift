/// Small charts drawn as inline SVG (no scripts, no fonts to fetch).
public enum SVGCharts {
  /// A horizontal bar chart of `counts` (label, count, colour), largest first.
  static func bars(_ counts: [(label: String, count: Int, color: String)], title: String) -> String {
    let rows = counts.sorted { ($1.count, $0.label) < ($0.count, $1.label) }
    let labelWidth = 110
    let barWidth = 220
    let rowHeight = 20
    let height = rows.count * rowHeight + 28
    let largest = max(1, rows.map(\.count).max() ?? 1)
    var svg =
      "<svg class=\"chart bars\" role=\"img\" aria-label=\"\(HTMLEscaping.escape(title))\" width=\"\(labelWidth + barWidth + 50)\" height=\"\(height)\" viewBox=\"0 0 \(labelWidth + barWidth + 50) \(height)\">"
    svg += "<text x=\"0\" y=\"14\" class=\"chart-title\">\(HTMLEscaping.escape(title))</text>"
    for (index, row) in rows.enumerated() {
      let y = 24 + index * rowHeight
      let width = max(2, row.count * barWidth / largest)
      svg += "<g class=\"bar\" data-label=\"\(HTMLEscaping.escape(row.label))\" data-count=\"\(row.count)\">"
      svg +=
        "<text x=\"\(labelWidth - 6)\" y=\"\(y + 14)\" text-anchor=\"end\">\(HTMLEscaping.escape(row.label))</text>"
      svg +=
        "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(rowHeight - 6)\" fill=\"\(row.color)\"><title>\(HTMLEscaping.escape(row.label)): \(row.count)</title></rect>"
      svg += "<text x=\"\(labelWidth + width + 4)\" y=\"\(y + 14)\">\(row.count)</text></g>"
    }
    return svg + "</svg>"
  }

  /// A timeline of dated time spans: one lane per document, a point per
  /// expression at its TIMEX3 value, years on the axis.
  static func timeline(_ entries: [TimelineEntry], documents: [String]) -> String {
    let dated = entries.compactMap { entry in year(of: entry.value).map { (entry, $0) } }
    guard let first = dated.map(\.1).min(), let last = dated.map(\.1).max() else {
      return "<p class=\"empty\">No dated time spans.</p>"
    }
    let low = (first / 10).rounded(.down) * 10
    let high = max(low + 10, (last / 10).rounded(.up) * 10 + (last.truncatingRemainder(dividingBy: 10) == 0 ? 10 : 0))
    let left = 190.0
    let width = 640.0
    let laneHeight = 34
    let height = documents.count * laneHeight + 50
    func x(_ year: Double) -> Double { left + (year - low) / (high - low) * width }
    var svg =
      "<svg class=\"chart timeline\" role=\"img\" aria-label=\"Timeline of time values\" width=\"\(Int(left + width + 30))\" height=\"\(height)\" viewBox=\"0 0 \(Int(left + width + 30)) \(height)\">"
    let axisY = documents.count * laneHeight + 16
    svg +=
      "<line x1=\"\(format(left))\" y1=\"\(axisY)\" x2=\"\(format(left + width))\" y2=\"\(axisY)\" class=\"axis\"/>"
    var tick = low
    while tick <= high {
      svg += "<line x1=\"\(format(x(tick)))\" y1=\"8\" x2=\"\(format(x(tick)))\" y2=\"\(axisY + 4)\" class=\"grid\"/>"
      svg += "<text x=\"\(format(x(tick)))\" y=\"\(axisY + 18)\" text-anchor=\"middle\">\(Int(tick))</text>"
      tick += 10
    }
    for (lane, document) in documents.enumerated() {
      let y = 8 + lane * laneHeight + laneHeight / 2
      svg +=
        "<text x=\"\(format(left - 8))\" y=\"\(y + 4)\" text-anchor=\"end\" class=\"lane\">\(HTMLEscaping.escape(document))</text>"
      svg += "<line x1=\"\(format(left))\" y1=\"\(y)\" x2=\"\(format(left + width))\" y2=\"\(y)\" class=\"lane-line\"/>"
      for (entry, year) in dated where entry.document == document {
        let color = LabelPalette.color(layer: "time", label: entry.span.label)
        svg +=
          "<circle cx=\"\(format(x(year)))\" cy=\"\(y)\" r=\"6\" fill=\"\(color)\" data-value=\"\(HTMLEscaping.escape(entry.value))\" data-id=\"\(HTMLEscaping.escape(entry.span.id))\"><title>\(HTMLEscaping.escape("\(entry.value) — “\(entry.text)” (\(document) \(entry.span.id))"))</title></circle>"
      }
    }
    return svg + "</svg>"
  }

  /// A TIMEX3 date value as a fractional year (`2024-06` → 2024.42), or `nil`.
  static func year(of value: String) -> Double? {
    let parts = value.prefix(10).split(separator: "-")
    guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
    var result = Double(year)
    if parts.count > 1, let month = Int(parts[1]), (1...12).contains(month) {
      result += Double(month - 1) / 12
      if parts.count > 2, let day = Int(parts[2].prefix(2)), (1...31).contains(day) { result += Double(day - 1) / 365 }
    }
    return result
  }

  /// A coordinate with at most one decimal.
  private static func format(_ value: Double) -> String {
    let scaled = (value * 10).rounded() / 10
    return scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
  }
}
