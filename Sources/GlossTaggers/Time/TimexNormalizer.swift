/// Turns what an expression means into its TIMEX3 value, resolving relative
/// and underspecified expressions against the document creation time.
///
/// Without a creation time nothing is guessed: the parts that depend on it
/// stay `X` placeholders (`XXXX-10-14`, `XXXX-WXX-2`).
public struct TimexNormalizer: Sendable, Hashable {
  /// The date underspecified expressions are resolved against: the document
  /// creation day in news mode; in narrative mode the last date the text
  /// gave in full (HeidelTime's narrative mode), moving as the text goes on.
  package private(set) var dct: CalendarDate?
  /// Whether the reference moves with the narrative.
  package let mode: TimeReferenceMode
  /// The last date the text gave with its year (`March 2, 2019`), the
  /// anchor of `the next day`, `the previous month`.
  package private(set) var reference: CalendarDate?
  /// The fiscal year the text last named (`fiscal 2019`), which a later
  /// quarter or half without a year belongs to.
  package private(set) var fiscalYear: Int?

  /// Creates a normalizer for a document whose creation time is `dct`
  /// (ISO 8601; only the date part is used). An unreadable dct counts as none.
  ///
  /// Without a `mode`, a document with a dct is read in news mode and one
  /// without in narrative mode.
  public init(dct: String?, mode: TimeReferenceMode? = nil) {
    self.dct = dct.flatMap { CalendarDate(iso8601: $0) }
    self.mode = mode ?? (self.dct == nil ? .narrative : .news)
  }

  /// Normalizes the expressions of a text in order, letting each full date
  /// move the reference of the ones after it.
  package mutating func normalizeInOrder(
    _ meaning: TimexMeaning, mod: TimexModifier? = nil, tense: Occurrence? = nil
  ) -> Timex {
    var resolver = self
    // A narrative's tense is told from its own time, not the reference's.
    resolver.tense = mode == .news ? tense : nil
    let timex = resolver.normalize(meaning, mod: mod)
    remember(meaning)
    if mode == .narrative, timex.kind == .date || timex.kind == .time, timex.value.count >= Self.fullDateLength,
      let date = CalendarDate(iso8601: String(timex.value.prefix(Self.fullDateLength)))
    {
      // A date resolved in narrative mode moves the narrative on.
      reference = date
      dct = date
    }
    return timex
  }

  /// The length of `YYYY-MM-DD`.
  private static let fullDateLength = 10

  /// Which way the tense of the clause points, for the expression being
  /// normalized: `.previous` (past tense), `.following` (future), or `nil`.
  private var tense: Occurrence?

  /// Moves the reference to a date given with its year, and the fiscal year
  /// to one named.
  private mutating func remember(_ meaning: TimexMeaning) {
    switch meaning {
    case .date(let year?, let month?, let day), .dateTime(let year?, let month?, let day, _, _):
      let date = CalendarDate(year: year, month: month, day: day ?? 1)
      reference = date
      if mode == .narrative { dct = date }
    case .fiscalYear(let year?), .fiscalQuarter(let year?, _):
      fiscalYear = year
    case .half(let year?, _, true):
      fiscalYear = year
    default:
      break
    }
  }

  /// Normalizes a meaning with an optional modifier.
  package func normalize(_ meaning: TimexMeaning, mod: TimexModifier? = nil) -> Timex {
    var timex = resolve(meaning)
    timex.mod = mod?.value
    return timex
  }

  private func resolve(_ meaning: TimexMeaning) -> Timex {
    switch meaning {
    case .date(let year, let month, let day):
      let (value, anchored) = date(year: year, month: month, day: day)
      return Timex(.date, value: value, anchor: anchored ? "dct" : nil)
    case .dateTime(let year, let month, let day, let hour, let minute):
      let clock = "T\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute, 2))"
      if year == nil && month == nil && day == nil {
        guard let dct else { return Timex(.time, value: "XXXX-XX-XX" + clock) }
        return Timex(.time, value: dct.isoString + clock, anchor: "dct")
      }
      let (value, anchored) = date(year: year, month: month, day: day)
      return Timex(.time, value: value + clock, anchor: anchored ? "dct" : nil)
    case .partOfDay(let offset, let weekday, let part):
      guard let dct else { return Timex(.time, value: "XXXX-XX-XXT" + part.code) }
      let day = weekday.map { self.weekday($0, .nearest, future: false, dct: dct) } ?? dct.adding(days: offset)
      return Timex(.time, value: day.isoString + "T" + part.code, anchor: "dct")
    case .decade(let decade):
      return Timex(.date, value: CalendarDate.pad(decade, 3))
    case .century(let century):
      return Timex(.date, value: CalendarDate.pad(century, 2))
    case .season(let year, let season, let offset):
      if let year { return Timex(.date, value: "\(CalendarDate.pad(year, 4))-\(season.code)") }
      guard let dct else { return Timex(.date, value: "XXXX-\(season.code)") }
      var resolved = dct.year
      if offset < 0 && dct.month <= season.lastMonth { resolved -= 1 }
      if offset > 0 && dct.month >= season.firstMonth { resolved += 1 }
      return Timex(.date, value: "\(CalendarDate.pad(resolved, 4))-\(season.code)", anchor: "dct")
    case .quarter(let year, let quarter):
      if let year { return Timex(.date, value: "\(CalendarDate.pad(year, 4))-Q\(quarter)") }
      // A quarter in a text about a fiscal year is that year's.
      if let fiscalYear { return Timex(.date, value: "FY\(CalendarDate.pad(fiscalYear, 4))-Q\(quarter)") }
      guard let dct else { return Timex(.date, value: "XXXX-Q\(quarter)") }
      return Timex(.date, value: "\(CalendarDate.pad(dct.year, 4))-Q\(quarter)", anchor: "dct")
    case .relative(let unit, let offset):
      guard let dct else { return Timex(.date, value: placeholder(unit)) }
      return Timex(.date, value: value(of: unit, around: dct, moved: offset), anchor: "dct")
    case .relativeMonth(let month, let occurrence):
      guard let dct else { return Timex(.date, value: "XXXX-\(CalendarDate.pad(month, 2))") }
      var year = dct.year
      switch occurrence == .nearest ? tense ?? .nearest : occurrence {
      case .previous: if month >= dct.month { year -= 1 }
      case .following: if month <= dct.month { year += 1 }
      case .nearest: year = nearestYear(month: month, day: 15, dct: dct)
      case .current: break
      }
      return Timex(.date, value: "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))", anchor: "dct")
    case .weekday(let day, let occurrence, let future):
      guard let dct else { return Timex(.date, value: "XXXX-WXX-\(day)") }
      let ahead = future || (occurrence == .nearest && tense == .following)
      return Timex(.date, value: weekday(day, occurrence, future: ahead, dct: dct).isoString, anchor: "dct")
    case .weekend(let offset):
      guard let dct else { return Timex(.date, value: "XXXX-WXX-WE") }
      return Timex(.date, value: dct.adding(days: 7 * offset).isoWeekString + "-WE", anchor: "dct")
    case .ago(let amount, let unit):
      guard let amount else { return Timex(.date, value: VagueReference.past.value) }
      guard let dct else { return Timex(.date, value: placeholder(unit)) }
      return Timex(.date, value: value(of: unit, around: dct, moved: -Int(amount.rounded())), anchor: "dct")
    case .duration(let amount, let unit):
      return Timex(.duration, value: duration(amount, unit))
    case .set(let amount, let unit, let quant, let freq):
      return Timex(.set, value: duration(Double(amount), unit), quant: quant?.value, freq: freq.map { "\($0)X" })
    case .setWeekday(let day, let quant):
      return Timex(.set, value: "XXXX-WXX-\(day)", quant: quant.value)
    case .vague(let reference):
      return Timex(.date, value: reference.value)
    case .futureWeekdayPart(let day, let part):
      guard let dct else { return Timex(.time, value: "XXXX-WXX-\(day)T" + part.code) }
      return Timex(
        .time, value: weekday(day, .nearest, future: true, dct: dct).isoString + "T" + part.code, anchor: "dct")
    case .weekdayTime(let day, let future, let hour, let minute):
      let clock = "T\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute, 2))"
      guard let dct else { return Timex(.time, value: "XXXX-WXX-\(day)" + clock) }
      return Timex(.time, value: weekday(day, .nearest, future: future, dct: dct).isoString + clock, anchor: "dct")
    case .durations(let parts):
      return Timex(.duration, value: duration(parts))
    case .fiscalYear(let year):
      guard let year = year ?? fiscalYear ?? dct?.year else { return Timex(.date, value: "FYXXXX") }
      return Timex(.date, value: "FY" + CalendarDate.pad(year, 4))
    case .fiscalQuarter(let year, let quarter):
      guard let year = year ?? fiscalYear ?? dct?.year else { return Timex(.date, value: "FYXXXX-Q\(quarter)") }
      return Timex(.date, value: "FY\(CalendarDate.pad(year, 4))-Q\(quarter)")
    case .half(let year, let half, let named):
      let fiscal = named || (year == nil && fiscalYear != nil)
      let prefix = fiscal ? "FY" : ""
      guard let year = year ?? (fiscal ? fiscalYear : nil) ?? dct?.year else {
        return Timex(.date, value: prefix + "XXXX-H\(half)")
      }
      return Timex(
        .date, value: prefix + CalendarDate.pad(year, 4) + "-H\(half)", anchor: year == dct?.year ? "dct" : nil)
    case .anchored(let unit, let offset):
      guard let base = reference ?? dct else { return Timex(.date, value: placeholder(unit)) }
      return Timex(.date, value: value(of: unit, around: base, moved: offset))
    }
  }

  /// A time value with its zone's offset from UTC (`2024-01-03T07:15-05:00`);
  /// a value without a clock time is left as it is.
  package static func withZone(_ value: String, offsetMinutes: Int) -> String {
    guard value.count >= Self.clockSuffixLength,
      value.dropLast(Self.clockSuffixLength - 1).last == "T"
    else { return value }
    let sign = offsetMinutes < 0 ? "-" : "+"
    let minutes = abs(offsetMinutes)
    return value + sign + CalendarDate.pad(minutes / 60, 2) + ":" + CalendarDate.pad(minutes % 60, 2)
  }

  /// The length of `Thh:mm` at the end of a time value.
  private static let clockSuffixLength = 6

  /// A TIMEX3 duration of several units: `PT2H41M`, `P1Y6M`, `P2DT3H`.
  private func duration(_ parts: [DurationPart]) -> String {
    var date = ""
    var time = ""
    for part in parts {
      let number = part.amount == part.amount.rounded() ? String(Int(part.amount)) : String(part.amount)
      if part.unit.isTimeOfDay {
        time += number + part.unit.designator
      } else {
        date += number + part.unit.designator
      }
    }
    return "P" + date + (time.isEmpty ? "" : "T" + time)
  }

  /// A calendar date with missing parts; a missing year comes from the dct.
  private func date(year: Int?, month: Int?, day: Int?) -> (String, anchored: Bool) {
    var resolvedYear = year
    var anchored = false
    if year == nil, let dct, let month {
      resolvedYear = self.year(month: month, day: day ?? 15, dct: dct, toward: tense)
      anchored = true
    }
    var value = resolvedYear.map { CalendarDate.pad($0, 4) } ?? "XXXX"
    if let month {
      value += "-" + CalendarDate.pad(month, 2)
      if let day { value += "-" + CalendarDate.pad(day, 2) }
    }
    return (value, anchored)
  }

  /// The year of a month and day: the nearest to the dct, or with a tense
  /// the last one up to the dct (past) or the first one from it (future).
  private func year(month: Int, day: Int, dct: CalendarDate, toward tense: Occurrence?) -> Int {
    let thisYear = CalendarDate(year: dct.year, month: month, day: day).dayNumber
    switch tense {
    case .previous: return thisYear <= dct.dayNumber ? dct.year : dct.year - 1
    case .following: return thisYear >= dct.dayNumber ? dct.year : dct.year + 1
    default: return nearestYear(month: month, day: day, dct: dct)
    }
  }

  /// The year that puts month and day nearest the dct.
  private func nearestYear(month: Int, day: Int, dct: CalendarDate) -> Int {
    var best = dct.year
    var bestDistance = Int.max
    for year in (dct.year - 1)...(dct.year + 1) {
      let distance = abs(CalendarDate(year: year, month: month, day: day).dayNumber - dct.dayNumber)
      if distance < bestDistance {
        best = year
        bestDistance = distance
      }
    }
    return best
  }

  /// The weekday `day` relative to the dct.
  private func weekday(_ day: Int, _ occurrence: Occurrence, future: Bool, dct: CalendarDate) -> CalendarDate {
    let current = dct.weekday
    switch occurrence {
    case .previous:
      let back = (current - day + 7) % 7
      return dct.adding(days: -(back == 0 ? 7 : back))
    case .following:
      let ahead = (day - current + 7) % 7
      return dct.adding(days: ahead == 0 ? 7 : ahead)
    case .current:
      return dct.adding(days: day - current)
    case .nearest:
      if future { return dct.adding(days: (day - current + 7) % 7) }
      return dct.adding(days: -((current - day + 7) % 7))
    }
  }

  /// The value naming the `unit` that contains `date` moved by `offset` units.
  private func value(of unit: TimeUnit, around date: CalendarDate, moved offset: Int) -> String {
    switch unit {
    case .second, .minute, .hour, .day: date.adding(days: unit == .day ? offset : 0).isoString
    case .week: date.adding(days: 7 * offset).isoWeekString
    case .month: String(date.adding(months: offset).isoString.prefix(7))
    case .year: CalendarDate.pad(date.year + offset, 4)
    case .decade: CalendarDate.pad(date.year / 10 + offset, 3)
    case .century: CalendarDate.pad(date.year / 100 + offset, 2)
    }
  }

  /// The placeholder of a value of `unit` granularity.
  private func placeholder(_ unit: TimeUnit) -> String {
    switch unit {
    case .second, .minute, .hour, .day: "XXXX-XX-XX"
    case .week: "XXXX-WXX"
    case .month: "XXXX-XX"
    case .year: "XXXX"
    case .decade: "XXX"
    case .century: "XX"
    }
  }

  /// A TIMEX3 duration value.
  private func duration(_ amount: Double?, _ unit: TimeUnit) -> String {
    let prefix = unit.isTimeOfDay ? "PT" : "P"
    guard var amount else { return prefix + "X" + unit.designator }
    var unit = unit
    // Decades and centuries count in years (two decades: P20Y).
    if unit == .decade {
      amount *= 10
      unit = .year
    } else if unit == .century {
      amount *= 100
      unit = .year
    }
    // Fractions move to a smaller unit where one exists (half a year: P6M).
    if amount != amount.rounded() {
      switch unit {
      case .year: (amount, unit) = (amount * 12, .month)
      case .day: (amount, unit) = (amount * 24, .hour)
      case .hour: (amount, unit) = (amount * 60, .minute)
      case .minute: (amount, unit) = (amount * 60, .second)
      case .week: (amount, unit) = (amount * 7, .day)
      default: break
      }
    }
    let number = amount == amount.rounded() ? String(Int(amount)) : String(amount)
    return (unit.isTimeOfDay ? "PT" : "P") + number + unit.designator
  }
}
