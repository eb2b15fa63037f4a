/// What a temporal expression means, before it is normalized against the
/// document creation time: the grammar's output, the normalizer's input.
package enum TimexMeaning: Sendable, Hashable {
  /// A calendar date, any part of which may be missing (`June 2024`,
  /// `October 14th`, `1996`). A missing year is resolved against the dct.
  case date(year: Int?, month: Int?, day: Int?)
  /// A date with a time of day (`November 10, 2024 12:48 PM`); a missing date
  /// is the dct's day.
  case dateTime(year: Int?, month: Int?, day: Int?, hour: Int, minute: Int)
  /// A part of a day: `this morning` (day offset 0), `last night` (-1),
  /// `Tuesday evening` (weekday set).
  case partOfDay(dayOffset: Int, weekday: Int?, part: PartOfDay)
  /// A decade: `196` for the 1960s.
  case decade(Int)
  /// A century: `20` for the 21st century.
  case century(Int)
  /// A season of a year (nil: resolve), or relative to the dct's.
  case season(year: Int?, season: Season, offset: Int)
  /// A quarter of a year.
  case quarter(year: Int?, quarter: Int)
  /// The unit containing the dct, moved by `offset` (`last year` is
  /// `(.year, -1)`, `today` is `(.day, 0)`).
  case relative(TimeUnit, offset: Int)
  /// A month (1–12) seen from the dct (`last June`, `June`).
  case relativeMonth(Int, Occurrence)
  /// A weekday (1 Monday – 7 Sunday) seen from the dct (`last Tuesday`,
  /// `Tuesday`); the nearest is the past one unless `future`.
  case weekday(Int, Occurrence, future: Bool)
  /// A weekend relative to the dct's week.
  case weekend(offset: Int)
  /// `amount` units before the dct (`two weeks ago`); nil amount: `years ago`.
  case ago(amount: Double?, unit: TimeUnit)
  /// A length of time; nil amount is unknown (`months` → `PXM`).
  case duration(amount: Double?, unit: TimeUnit)
  /// A recurring time: every `amount` units, or `freq` times per unit.
  case set(amount: Int, unit: TimeUnit, quant: Quantifier?, freq: Int?)
  /// Every given weekday (`every Monday`).
  case setWeekday(Int, quant: Quantifier)
  /// A vague reference: now, recently, the future.
  case vague(VagueReference)
  /// A part of the next such weekday (`will fly home on Tuesday morning`).
  case futureWeekdayPart(Int, PartOfDay)
  /// A weekday at a time of day (`9 a.m. Sunday`, `Tuesday at 4 p.m.`).
  case weekdayTime(Int, future: Bool, hour: Int, minute: Int)
  /// A length of time in several units (`two hours and 41 minutes`), the
  /// largest unit first.
  case durations([DurationPart])
  /// A fiscal year (`fiscal 2019`, `FY2019`); nil: the dct's.
  case fiscalYear(Int?)
  /// A quarter of a fiscal year (`the fourth quarter of fiscal 2024`).
  case fiscalQuarter(year: Int?, quarter: Int)
  /// A half of a year (`the first half of 2024`, `the second half`).
  case half(year: Int?, half: Int, fiscal: Bool)
  /// The unit containing the narrative's reference date moved by `offset`:
  /// `the next day` (day, 1), `the previous month` (month, -1).
  case anchored(TimeUnit, offset: Int)
}

/// One unit's part of a length of time: `41 minutes`.
package struct DurationPart: Sendable, Hashable {
  /// How many units.
  package var amount: Double
  /// The unit.
  package var unit: TimeUnit

  package init(amount: Double, unit: TimeUnit) {
    self.amount = amount
    self.unit = unit
  }
}
