/// A part of the day, with its TIMEX3 code.
package enum PartOfDay: Sendable, Hashable {
  case morning, afternoon, evening, night

  /// The TIMEX3 code (`2024-11-10TMO`).
  package var code: String {
    switch self {
    case .morning: "MO"
    case .afternoon: "AF"
    case .evening: "EV"
    case .night: "NI"
    }
  }
}
