/// Turns what an expression means into its TIMEX3 value, resolving relative
/// and underspecified expressions against the document creation time.
///
/// Without a creation time nothing is guessed: the parts that depend on it
/// stay `X` placeholders (`XXXX-10-14`, `XXXX-WXX-2`).
public struct TimexNormalizer: Sendable, Hashable {
  /// The document creation day, if known.
  package let dct: CalendarDate?

  /// Creates a normalizer for a document whose creation time is `dct`
  /// (ISO 8601; only the date part is used). An unreadable dct counts as none.
  public init(dct: String?) {
    self.dct = dct.flatMap { CalendarDate(iso8601: $0) }
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
      guard let dct else { return Timex(.date, value: "XXXX-Q\(quarter)") }
      return Timex(.date, value: "\(CalendarDate.pad(dct.year, 4))-Q\(quarter)", anchor: "dct")
    case .relative(let unit, let offset):
      guard let dct else { return Timex(.date, value: placeholder(unit)) }
      return Timex(.date, value: value(of: unit, around: dct, moved: offset), anchor: "dct")
    case .relativeMonth(let month, let occurrence):
      guard let dct else { return Timex(.date, value: "XXXX-\(CalendarDate.pad(month, 2))") }
      var year = dct.year
      switch occurrence {
      case .previous: if month >= dct.month { year -= 1 }
      case .following: if month <= dct.month { year += 1 }
      case .nearest: year = nearestYear(month: month, day: 15, dct: dct)
      case .current: break
      }
      return Timex(.date, value: "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))", anchor: "dct")
    case .weekday(let day, let occurrence, let future):
      guard let dct else { return Timex(.date, value: "XXXX-WXX-\(day)") }
      return Timex(.date, value: weekday(day, occurrence, future: future, dct: dct).isoString, anchor: "dct")
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
    }
  }

  /// A calendar date with missing parts; a missing year comes from the dct.
  private func date(year: Int?, month: Int?, day: Int?) -> (String, anchored: Bool) {
    var resolvedYear = year
    var anchored = false
    if year == nil, let dct, let month {
      resolvedYear = nearestYear(month: month, day: day ?? 15, dct: dct)
      anchored = true
    }
    var value = resolvedYear.map { CalendarDate.pad($0, 4) } ?? "XXXX"
    if let month {
      value += "-" + CalendarDate.pad(month, 2)
      if let day { value += "-" + CalendarDate.pad(day, 2) }
    }
    return (value, anchored)
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
