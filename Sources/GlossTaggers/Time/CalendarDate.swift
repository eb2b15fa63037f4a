/// A day of the proleptic Gregorian calendar, with the arithmetic TIMEX3
/// normalization needs: adding days, months and years, weekdays and ISO weeks.
package struct CalendarDate: Sendable, Hashable, Comparable {
  /// The year.
  package var year: Int
  /// The month, 1 to 12.
  package var month: Int
  /// The day of the month, 1 to 31.
  package var day: Int

  /// Creates a date; the day is clamped to the month's length.
  package init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = min(max(day, 1), Self.daysInMonth(year: year, month: month))
  }

  /// Reads the date at the start of an ISO 8601 date or date-time
  /// (`2024-11-10`, `2024-11-10T12:48`); `nil` when it is not one.
  package init?(iso8601 text: String) {
    let bytes = Array(text.utf8.prefix(10))
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for byte in bytes[range] {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      (1...12).contains(month), day >= 1, day <= Self.daysInMonth(year: year, month: month)
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Whether `year` is a leap year.
  package static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month.
  package static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (negative before).
  package var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146097 + dayOfEra - 719468
  }

  /// The date `dayNumber` days after 1970-01-01.
  package init(dayNumber: Int) {
    let z = dayNumber + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let dayOfEra = z - era * 146097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  /// The ISO weekday: 1 for Monday through 7 for Sunday.
  package var weekday: Int {
    // 1970-01-01 was a Thursday (4).
    let offset = (dayNumber + 3) % 7
    return (offset < 0 ? offset + 7 : offset) + 1
  }

  /// The ISO 8601 week-numbering year and week.
  package var isoWeek: (year: Int, week: Int) {
    // The week belongs to the year of its Thursday.
    let thursday = CalendarDate(dayNumber: dayNumber + 4 - weekday)
    let firstOfYear = CalendarDate(year: thursday.year, month: 1, day: 1)
    return (thursday.year, (thursday.dayNumber - firstOfYear.dayNumber) / 7 + 1)
  }

  /// The date `days` days later (earlier when negative).
  package func adding(days: Int) -> CalendarDate {
    CalendarDate(dayNumber: dayNumber + days)
  }

  /// The date `months` months later, the day clamped to the month's length.
  package func adding(months: Int) -> CalendarDate {
    let index = year * 12 + (month - 1) + months
    let newYear = index >= 0 ? index / 12 : (index - 11) / 12
    return CalendarDate(year: newYear, month: index - newYear * 12 + 1, day: day)
  }

  /// `YYYY-MM-DD`.
  package var isoString: String {
    "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
  }

  /// `YYYY-Www`.
  package var isoWeekString: String {
    let (weekYear, week) = isoWeek
    return "\(Self.pad(weekYear, 4))-W\(Self.pad(week, 2))"
  }

  /// A number with leading zeros.
  package static func pad(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }

  package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}
