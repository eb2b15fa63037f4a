/// Span identifiers: `s` followed by a per-document sequence number.
///
/// Numbers are never reused within a document, even after a span is removed,
/// so an id in an old revision or an exported file always means one span.
public enum SpanID {
  /// The identifier for sequence number `number`.
  public static func make(_ number: Int) -> String { "s\(number)" }

  /// The sequence number of an identifier made by ``make(_:)``, if it is one.
  public static func number(of id: String) -> Int? {
    guard id.utf8.first == UInt8(ascii: "s") else { return nil }
    return Int(id.dropFirst())
  }

  /// Orders ids numerically where both are sequence ids, else bytewise.
  public static func order(_ lhs: String, _ rhs: String) -> Bool {
    switch (number(of: lhs), number(of: rhs)) {
    case (let left?, let right?): return left < right
    default: return lhs < rhs
    }
  }
}
