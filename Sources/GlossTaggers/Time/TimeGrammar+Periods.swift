extension TimeGrammar {
  /// The quarters and halves of a year.
  private static let quartersPerYear = 4
  private static let halvesPerYear = 2

  /// `third-quarter`, `first-half` (one hyphenated token), with `of 2024`
  /// or `of fiscal 2024` after it.
  func periodLed(_ index: Int) -> Parse? {
    guard let token = token(index) else { return nil }
    return period(ordinal: token.number, isQuarter: token.unit == .month, at: index)
  }

  /// A quarter or half named by its ordinal, the period word at `at`: `the
  /// third quarter`, `the first half of 2024`, `the fourth quarter of fiscal
  /// 2024`, `the second half of fiscal 2025`.
  func period(ordinal: Int, isQuarter: Bool, at: Int) -> Parse? {
    guard ordinal >= 1, ordinal <= (isQuarter ? Self.quartersPerYear : Self.halvesPerYear) else { return nil }
    var end = at + 1
    var year: Int?
    var fiscal = false
    if isJoiner(end, .of) {
      if let found = self.year(at: end + 1) {
        year = found
        end += 2
      } else if let (found, after) = fiscalYear(at: end + 1) {
        (year, fiscal, end) = (found, true, after)
      }
    }
    if isQuarter {
      return Parse(
        end: end,
        meaning: fiscal ? .fiscalQuarter(year: year, quarter: ordinal) : .quarter(year: year, quarter: ordinal))
    }
    return Parse(end: end, meaning: .half(year: year, half: ordinal, fiscal: fiscal))
  }

  /// `fiscal 2019`, `fiscal year 2019`, `FY2019`, `fiscal second quarter`,
  /// `fiscal 2025's first half` is two: the year, then the half.
  func fiscalLed(_ index: Int) -> Parse? {
    if let (year, end) = fiscalYear(at: index) { return Parse(end: end, meaning: .fiscalYear(year)) }
    guard case .ordinal(let ordinal) = word(index + 1) else {
      if let token = token(index + 1), token.shape == .ordinalPeriod {
        return fiscalPeriod(ordinal: token.number, isQuarter: token.unit == .month, end: index + 2)
      }
      return nil
    }
    return fiscalPeriod(ordinal: ordinal, at: index + 2)
  }

  /// A fiscal quarter or half after its ordinal: `second quarter` in
  /// `fiscal second quarter`; the period word at `at`.
  func fiscalPeriod(ordinal: Int, at: Int) -> Parse? {
    guard word(at) == .quarter || isJoiner(at, .half), word(at - 2) == .fiscal || word(at - 1) == .fiscal else {
      return nil
    }
    return fiscalPeriod(ordinal: ordinal, isQuarter: word(at) == .quarter, end: at + 1)
  }

  private func fiscalPeriod(ordinal: Int, isQuarter: Bool, end: Int) -> Parse? {
    guard ordinal >= 1, ordinal <= (isQuarter ? Self.quartersPerYear : Self.halvesPerYear) else { return nil }
    if isQuarter { return Parse(end: end, meaning: .fiscalQuarter(year: nil, quarter: ordinal)) }
    return Parse(end: end, meaning: .half(year: nil, half: ordinal, fiscal: true))
  }

  /// A fiscal year starting at `index`: `fiscal 2019`, `fiscal year 2019`,
  /// `FY2019`, `FY 2019`; the year and where it ends.
  func fiscalYear(at index: Int) -> (Int, Int)? {
    guard let token = token(index) else { return nil }
    if token.shape == .fiscalYear { return (token.number, index + 1) }
    guard token.word == .fiscal else { return nil }
    var at = index + 1
    if word(at) == .unit(.year, plural: false) { at += 1 }
    guard let year = year(at: at) else { return nil }
    return (year, at + 1)
  }

  /// Whether `the next <unit>` at `at` is a date anchored on the narrative
  /// (`the next day`, `the following month`) rather than a length of time
  /// (`over the next month`): a day always; a longer unit after `following`
  /// or `previous`, or with no preposition of extent before `the`.
  func isAnchoredUnit(_ unit: TimeUnit, at: Int) -> Bool {
    guard unit == .day || unit.isWeekOrLonger else { return false }
    if unit == .day { return true }
    let before = at - 2
    if isJoiner(before, .during) || isJoiner(before, .in) || isJoiner(before, .for) {
      return false
    }
    if case .modifier = word(before) { return false }
    return true
  }
}
