import GlossCore

/// The text of a progress bar: done and total, a bar, the rate and the time
/// remaining, fitted to a width. The front end draws it; this only says
/// what it reads.
public enum ProgressLine {
  /// One line of progress, at most `width` columns:
  /// `tag  [#########-----------]  45/100  45%  12.3 docs/s  ETA 0:04`.
  public static func line(title: String, completed: Int, total: Int?, unit: String, elapsed: Double, width: Int)
    -> String
  {
    let rate = elapsed > 0 ? Double(completed) / elapsed : 0
    var counts = total.map { "\(completed)/\($0)" } ?? "\(completed)"
    if let total, total > 0 { counts += "  \(completed * 100 / total)%" }
    var tail = "  \(counts)  \(formatRate(rate)) \(unit)/s"
    if let total, completed < total, rate > 0 {
      tail += "  ETA " + formatDuration(Double(total - completed) / rate)
    } else if let total, completed >= total {
      tail += "  " + formatDuration(elapsed)
    }
    guard let total, total > 0 else { return String((title + tail).prefix(width)) }
    let barWidth = max(10, min(40, width - DisplayWidth.of(title) - DisplayWidth.of(tail) - 5))
    let filled = min(barWidth, completed * barWidth / total)
    let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]"
    return String((title + "  " + bar + tail).prefix(width))
  }

  /// `12.3`, `1,234`, `5.1k`.
  public static func formatRate(_ rate: Double) -> String {
    if rate >= 10_000 {
      return String(Int((rate / 100).rounded()) / 10) + "." + String(Int((rate / 100).rounded()) % 10) + "k"
    }
    if rate >= 100 { return String(Int(rate.rounded())) }
    let tenths = Int((rate * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// `0:04`, `12:30`, `1:02:03`.
  public static func formatDuration(_ seconds: Double) -> String {
    let total = Int(seconds.rounded(.up))
    let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
    let padded = secs < 10 ? "0\(secs)" : "\(secs)"
    if hours > 0 { return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(padded)" }
    return "\(minutes):\(padded)"
  }
}
