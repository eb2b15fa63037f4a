#if canImport(Glibc)
  import Glibc
#endif

/// ISO 8601 times: checking the shapes Gloss accepts and writing the current
/// time for revisions.
package enum ISO8601Time {
  /// Whether `text` is `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date followed by
  /// `Thh:mm`, optional `:ss` (and fraction), and an optional `Z` or `±hh:mm`.
  package static func isValid(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    var index = 0
    func digits(_ count: Int) -> Int? {
      guard index + count <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[index..<index + count] {
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      index += count
      return value
    }
    func take(_ character: Character) -> Bool {
      guard index < bytes.count, bytes[index] == character.asciiValue else { return false }
      index += 1
      return true
    }
    guard digits(4) != nil else { return false }
    if index == bytes.count { return true }
    guard take("-"), let month = digits(2), (1...12).contains(month) else { return false }
    if index == bytes.count { return true }
    guard take("-"), let day = digits(2), (1...31).contains(day) else { return false }
    if index == bytes.count { return true }
    guard take("T"), let hour = digits(2), hour < 24, take(":"), let minute = digits(2), minute < 60 else {
      return false
    }
    if take(":") {
      guard let second = digits(2), second <= 60 else { return false }
      if take(".") {
        guard digits(1) != nil else { return false }
        while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
      }
    }
    if index == bytes.count { return true }
    if take("Z") { return index == bytes.count }
    guard take("+") || take("-"), let offsetHours = digits(2), offsetHours < 24, take(":"),
      let offsetMinutes = digits(2), offsetMinutes < 60
    else { return false }
    return index == bytes.count
  }

  /// The current time in UTC as `YYYY-MM-DDThh:mm:ssZ`.
  package static func now() -> String {
    var seconds = time(nil)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func pad(_ value: Int32, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.utf8.count)) + text
    }
    return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
      + "T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))Z"
  }
}
