extension TimeGrammar {
  /// The matches with the parts written apart that name one time joined
  /// into one expression:
  ///
  /// - a clock time and a date or weekday, either way round, with a time
  ///   zone or a comma between, or `at` after the date (`7:15 a.m. EST Jan. 3`, `Jun 5,
  ///   2019 at 4:01PM`, `9 a.m. Sunday`, `Tuesday at 4 p.m.`): one TIME (`9 p.m.
  ///   on Saturday` stays two: a preposition is no part of an expression);
  /// - lengths of time in falling units joined by `and` or a comma (`two
  ///   hours and 41 minutes`): one DURATION;
  /// - a time zone after a clock time is part of it (`10:54 p.m. EDT`).
  func composed(_ located: [Located]) -> [Match] {
    var result: [Located] = []
    result.reserveCapacity(located.count)
    for item in located {
      if let last = result.last, let joined = joined(last, item) {
        result[result.count - 1] = withTimeZone(joined)
      } else {
        result.append(withTimeZone(item))
      }
    }
    return result.map(\.match)
  }

  /// `first` and `second` as one expression, or `nil` when they are two.
  private func joined(_ first: Located, _ second: Located) -> Located? {
    // Two dates inside one token (`1996-2000`) are never joined.
    guard first.tokens.upperBound <= second.tokens.lowerBound else { return nil }
    let gap = first.tokens.upperBound..<second.tokens.lowerBound
    let meaning: TimexMeaning
    if let clock = clockOnly(first.match.meaning), isGap(gap, allowing: [.comma, .timeZone]),
      let combined = withClock(second.match.meaning, clock)
    {
      meaning = combined
    } else if let clock = clockOnly(second.match.meaning), isGap(gap, allowing: [.comma, .at, .timeZone]),
      let combined = withClock(first.match.meaning, clock)
    {
      meaning = combined
    } else if let parts = durationParts(first.match), let next = durationParts(second.match), next.count == 1,
      let last = parts.last, next[0].unit.rawValue < last.unit.rawValue, isGap(gap, allowing: [.comma, .and]),
      gap.count == 1
    {
      meaning = .durations(parts + next)
    } else {
      return nil
    }
    var match = Match(
      range: first.match.range.lowerBound..<second.match.range.upperBound, meaning: meaning,
      mod: first.match.mod ?? second.match.mod)
    match.zoneOffsetMinutes = first.match.zoneOffsetMinutes ?? second.match.zoneOffsetMinutes
    return Located(tokens: first.tokens.lowerBound..<second.tokens.upperBound, match: match)
  }

  /// A match that is only a clock time (`4:01PM`): its hour and minute.
  private func clockOnly(_ meaning: TimexMeaning) -> (hour: Int, minute: Int)? {
    guard case .dateTime(nil, nil, nil, let hour, let minute) = meaning else { return nil }
    return (hour, minute)
  }

  /// A day (a date with its day, or a weekday) at a clock time.
  private func withClock(_ meaning: TimexMeaning, _ clock: (hour: Int, minute: Int)) -> TimexMeaning? {
    switch meaning {
    case .date(let year, let month?, let day?):
      .dateTime(year: year, month: month, day: day, hour: clock.hour, minute: clock.minute)
    case .weekday(let day, .nearest, let future):
      .weekdayTime(day, future: future, hour: clock.hour, minute: clock.minute)
    default:
      nil
    }
  }

  /// The parts of a length of time with known amounts and no modifier.
  private func durationParts(_ match: Match) -> [DurationPart]? {
    guard match.mod == nil else { return nil }
    switch match.meaning {
    case .duration(let amount?, let unit): return [DurationPart(amount: amount, unit: unit)]
    case .durations(let parts): return parts
    default: return nil
    }
  }

  /// What may stand between two parts of one expression.
  private enum Connector {
    case comma, at, and, timeZone
  }

  /// Whether every token of `gap` is one of `allowed`.
  private func isGap(_ gap: Range<Int>, allowing allowed: Set<Connector>) -> Bool {
    guard gap.count <= Self.longestGap else { return false }
    return gap.allSatisfy { index in
      if isPunctuation(index, UInt8(ascii: ",")) { return allowed.contains(.comma) }
      if isJoiner(index, .at) { return allowed.contains(.at) }
      if isJoiner(index, .and) { return allowed.contains(.and) }
      if zoneOffset(at: index) != nil { return allowed.contains(.timeZone) }
      return false
    }
  }

  /// The most tokens between two parts of one expression (`EST,`).
  private static let longestGap = 3

  /// A time zone's abbreviation in capitals at `index`: `.some(offset)`,
  /// where the offset may be unknown (`ET`).
  private func zoneOffset(at index: Int) -> Int?? {
    guard let token = token(index), token.isUppercase, case .timeZone(let offset) = token.word else { return nil }
    return .some(offset)
  }

  /// A time with the time zone written after it taken in.
  private func withTimeZone(_ item: Located) -> Located {
    switch item.match.meaning {
    case .dateTime, .weekdayTime: break
    default: return item
    }
    guard let offset = zoneOffset(at: item.tokens.upperBound), let zone = token(item.tokens.upperBound) else {
      return item
    }
    var item = item
    item.match.range = item.match.range.lowerBound..<zone.end
    item.match.zoneOffsetMinutes = offset
    item.tokens = item.tokens.lowerBound..<(item.tokens.upperBound + 1)
    return item
  }
}
