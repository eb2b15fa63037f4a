/// A season, with its TIMEX3 code and the months it spans (northern
/// hemisphere).
package enum Season: Sendable, Hashable {
  case spring, summer, autumn, winter

  /// The TIMEX3 code (`2024-SU`).
  package var code: String {
    switch self {
    case .spring: "SP"
    case .summer: "SU"
    case .autumn: "FA"
    case .winter: "WI"
    }
  }

  /// The month it starts in.
  package var firstMonth: Int {
    switch self {
    case .spring: 3
    case .summer: 6
    case .autumn: 9
    case .winter: 12
    }
  }

  /// The month it ends in, counted on past December for winter (14 is the
  /// next February).
  package var lastMonth: Int {
    switch self {
    case .spring: 5
    case .summer: 8
    case .autumn: 11
    case .winter: 14
    }
  }
}
