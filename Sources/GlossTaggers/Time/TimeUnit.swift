/// A unit of time, with its TIMEX3 designator.
package enum TimeUnit: UInt8, Sendable, Hashable {
  case second, minute, hour, day, week, month, year, decade, century

  /// Whether the unit is a week or longer: `last week` is a date, `last
  /// hour` is not.
  package var isWeekOrLonger: Bool { rawValue >= TimeUnit.week.rawValue }

  /// Whether the unit is written after `T` in a TIMEX3 duration (`PT2H`).
  package var isTimeOfDay: Bool { self == .second || self == .minute || self == .hour }

  /// The designator letter(s) of a TIMEX3 duration: `P2Y`, `PT30M`, `PXDE`.
  package var designator: String {
    switch self {
    case .second: "S"
    case .minute: "M"
    case .hour: "H"
    case .day: "D"
    case .week: "W"
    case .month: "M"
    case .year: "Y"
    case .decade: "DE"
    case .century: "CE"
    }
  }
}
