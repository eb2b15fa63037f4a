/// The rule grammar of temporal expressions, in the spirit of HeidelTime and
/// SUTime: patterns over the classes of ``TimeToken``s, tried at every token,
/// the longest match winning.
///
/// A match is `[modifier] [edge] core`:
/// - a *modifier* changes a duration's or date's value and is part of the
///   extent (`over`, `more than`, `at least`, `nearly`, `about`, `some`);
///   `MORE_THAN`-like modifiers only attach to durations, `APPROX` also to
///   dates and times;
/// - an *edge* picks part of a date (`early`, `late`, `mid`, `the end of`);
/// - the *core* is one of the patterns below, tried by the class of its first
///   token: absolute dates (`November 10, 2024`, `10 November 2024`, `June
///   2024`, `1996`, `the 1960s`, `2024-11-10`), times (`12:48 PM`, a date with
///   a time), relative dates (`last year`, `two weeks ago`, `Tuesday`,
///   `today`), durations (`two decades`, `months`, `the past year`), sets
///   (`every week`, `twice a year`, `daily`) and vague references (`now`,
///   `recently`).
///
/// Prepositions are never part of a match (`in [June 2024]`), but some
/// patterns look at them: a bare `May` or `March` is a month only after a
/// temporal preposition, and a year before 1900 only in a temporal context.
package struct TimeGrammar: Sendable {
  /// One temporal expression found.
  package struct Match: Sendable, Hashable {
    /// The scalar range.
    package var range: Range<Int>
    /// What it means.
    package var meaning: TimexMeaning
    /// Its modifier, if any.
    package var mod: TimexModifier?
  }

  /// A parse of a core pattern: where it ends (exclusive token index) and
  /// what it means.
  private struct Parse {
    var end: Int
    var meaning: TimexMeaning
    var mod: TimexModifier? = nil

    var isDuration: Bool {
      if case .duration = meaning { return true }
      return false
    }

    var isPointInTime: Bool {
      switch meaning {
      case .duration, .set, .setWeekday, .vague: return false
      default: return true
      }
    }
  }

  private let tokens: [TimeToken]
  private let count: Int

  /// A grammar over the tokens of one text.
  package init(tokens: [TimeToken]) {
    self.tokens = tokens
    self.count = tokens.count
  }

  /// Every temporal expression, in text order, none overlapping.
  package func matches() -> [Match] {
    var result: [Match] = []
    var index = 0
    while index < count {
      let token = tokens[index]
      if token.shape == .yearRange {
        // 1996-2000: two dates inside one token.
        let first = token.start..<(token.start + 4)
        let second = (token.start + 5)..<token.end
        result.append(Match(range: first, meaning: .date(year: token.number, month: nil, day: nil)))
        result.append(Match(range: second, meaning: .date(year: token.second, month: nil, day: nil)))
        index += 1
        continue
      }
      if token.word.kind == .none && token.shape == .word {
        index += 1
        continue
      }
      if let (end, match) = match(at: index) {
        result.append(match)
        index = end
      } else {
        index += 1
      }
    }
    return result
  }

  // MARK: - Token access

  @inline(__always)
  private func kind(_ index: Int) -> TimeWord.Kind {
    index < count ? tokens[index].word.kind : .none
  }

  @inline(__always)
  private func token(_ index: Int) -> TimeToken? {
    index < count && index >= 0 ? tokens[index] : nil
  }

  @inline(__always)
  private func isJoiner(_ index: Int, _ joiner: Joiner) -> Bool {
    index < count && index >= 0 && tokens[index].isJoiner(joiner)
  }

  @inline(__always)
  private func isPunctuation(_ index: Int, _ character: UInt8) -> Bool {
    index < count && index >= 0 && tokens[index].isPunctuation(character)
  }

  /// `a` or `an`.
  @inline(__always)
  private func isIndefiniteArticle(_ index: Int) -> Bool {
    kind(index) == .determiner && tokens[index].word.value == 1
  }

  /// `the`.
  @inline(__always)
  private func isThe(_ index: Int) -> Bool {
    kind(index) == .determiner && tokens[index].word.value == 0
  }

  // MARK: - Matching

  private func match(at start: Int) -> (Int, Match)? {
    var index = start
    var modifier: TimexModifier?
    if let (found, next) = modifierPrefix(at: index) {
      modifier = found
      index = next
    }
    var edge: TimexModifier?
    if let (found, next) = edgePrefix(at: index) {
      edge = found
      index = next
    }
    guard var parse = core(at: index, afterEdge: edge != nil) else { return nil }
    if let edge {
      guard parse.isPointInTime else { return nil }
      parse.mod = parse.mod ?? edge
    }
    if let modifier {
      guard parse.isDuration || (modifier == .approx && parse.isPointInTime) else { return nil }
      parse.mod = parse.mod ?? modifier
    }
    let range = tokens[start].start..<tokens[parse.end - 1].end
    return (parse.end, Match(range: range, meaning: parse.meaning, mod: parse.mod))
  }

  /// `over`, `more than`, `at least`, `nearly`, `about`, `some` (before a number)…
  private func modifierPrefix(at index: Int) -> (TimexModifier, Int)? {
    guard let token = token(index) else { return nil }
    switch token.word.kind {
    case .modifier:
      // "over the past two decades": a preposition, not a modifier.
      if isThe(index + 1) { return nil }
      return (TimexModifier(rawValue: token.word.value) ?? .approx, index + 1)
    case .indefinite where token.word.value == 1:
      // "some 20 years"
      guard let next = self.token(index + 1), next.shape == .number || next.word.kind == .cardinal else { return nil }
      return (.approx, index + 1)
    case .joiner:
      switch Joiner(rawValue: token.word.value) {
      case .just:
        guard kind(index + 1) == .modifier else { return nil }
        return (TimexModifier(rawValue: tokens[index + 1].word.value) ?? .approx, index + 2)
      case .more, .longer:
        return isJoiner(index + 1, .than) ? (.moreThan, index + 2) : nil
      case .less:
        return isJoiner(index + 1, .than) ? (.lessThan, index + 2) : nil
      case .at:
        if isJoiner(index + 1, .least) { return (.equalOrMore, index + 2) }
        if isJoiner(index + 1, .most) { return (.equalOrLess, index + 2) }
        return nil
      case .up:
        return isJoiner(index + 1, .to) ? (.equalOrLess, index + 2) : nil
      case .close:
        return isJoiner(index + 1, .to) ? (.approx, index + 2) : nil
      case .no:
        guard isJoiner(index + 2, .than) else { return nil }
        if isJoiner(index + 1, .more) { return (.equalOrLess, index + 3) }
        if isJoiner(index + 1, .less) { return (.equalOrMore, index + 3) }
        return nil
      default:
        return nil
      }
    default:
      return nil
    }
  }

  /// `early`, `late`, `mid`, `the end of`, `the beginning of`…
  private func edgePrefix(at index: Int) -> (TimexModifier, Int)? {
    var at = index
    if isThe(at), kind(at + 1) == .edge { at += 1 }
    guard let token = token(at), token.word.kind == .edge, token.shape == .word else { return nil }
    let value = token.word.value
    if value > 100 {
      guard isJoiner(at + 1, .of) else { return nil }
      return (TimexModifier(rawValue: value - 100) ?? .start, at + 2)
    }
    if at != index {
      // "the late 1990s"
      guard let next = self.token(at + 1), next.shape == .decade || next.word.kind == .decadeWord else { return nil }
    }
    return (TimexModifier(rawValue: value) ?? .start, at + 1)
  }

  /// The core patterns, chosen by the first token.
  private func core(at index: Int, afterEdge: Bool) -> Parse? {
    guard let token = token(index) else { return nil }
    switch token.shape {
    case .number:
      return longest(amountLed(index), dayLed(index), clockNumberLed(index), yearLed(index))
    case .quantity:
      return amountLed(index)
    case .ordinalNumber:
      return dayLed(index)
    case .clock:
      return clockLed(index)
    case .calendarDate:
      let parse = Parse(
        end: index + 1,
        meaning: .date(year: token.number, month: token.second, day: token.third == 0 ? nil : token.third))
      return withTime(parse)
    case .decade:
      if token.digits == 2 && token.third == 2 { return Parse(end: index + 1, meaning: .decade(190 + token.number)) }
      guard token.digits == 4 else { return nil }
      return Parse(end: index + 1, meaning: token.third == 1 ? .century(token.number) : .decade(token.number))
    case .numberUnit:
      return Parse(end: index + 1, meaning: .duration(amount: Double(token.number), unit: token.unit))
    case .unitLong:
      return Parse(end: index + 1, meaning: .duration(amount: token.number == 0 ? nil : 1, unit: token.unit))
    case .mid:
      let mod = TimexModifier(rawValue: token.word.value) ?? .mid
      if token.number != 0 { return Parse(end: index + 1, meaning: .date(year: token.number, month: nil, day: nil), mod: mod) }
      if token.second != 0 {
        if let (year, end) = yearAfter(index + 1) {
          return Parse(end: end, meaning: .date(year: year, month: token.second, day: nil), mod: mod)
        }
        return Parse(end: index + 1, meaning: .relativeMonth(token.second, offset: 0), mod: mod)
      }
      return Parse(end: index + 1, meaning: .decade(token.third), mod: mod)
    case .punctuation:
      // '60s
      if token.punctuation == UInt8(ascii: "'"), let next = self.token(index + 1), next.shape == .decade, next.digits == 2 {
        return Parse(end: index + 2, meaning: .decade(190 + next.number))
      }
      return nil
    case .word:
      return wordLed(index, token, afterEdge: afterEdge)
    case .yearRange, .other:
      return nil
    }
  }

  private func wordLed(_ index: Int, _ token: TimeToken, afterEdge: Bool) -> Parse? {
    switch token.word.kind {
    case .month: return monthLed(index)
    case .weekday: return weekdayLed(index)
    case .cardinal, .indefinite: return amountLed(index)
    case .determiner:
      if token.word.value == 1 { return amountLed(index) }
      if token.word.value == 0 { return theLed(index, afterEdge: afterEdge) }
      return nil
    case .ordinal: return dayLed(index)
    case .dayReference: return dayReferenceLed(index)
    case .relative: return relativeLed(index)
    case .vague: return vagueLed(index)
    case .quantifier: return quantifierLed(index)
    case .frequency: return Parse(end: index + 1, meaning: .set(amount: 1, unit: token.word.unit, quant: nil, freq: nil))
    case .times: return timesLed(index, count: Int(token.word.value), next: index + 1)
    case .unit: return bareUnitLed(index)
    case .season: return seasonLed(index)
    case .clockWord: return Parse(end: index + 1, meaning: .dateTime(year: nil, month: nil, day: nil, hour: Int(token.word.value), minute: 0))
    case .joiner:
      switch Joiner(rawValue: token.word.value) {
      case .recent:
        if kind(index + 1) == .unit, tokens[index + 1].word.isPlural {
          return Parse(end: index + 2, meaning: .duration(amount: nil, unit: tokens[index + 1].word.unit))
        }
        return nil
      case .half, .couple: return amountLed(index)
      case .per:
        // "nine per cent per year": a rate.
        guard kind(index + 1) == .unit, !tokens[index + 1].word.isPlural else { return nil }
        return Parse(end: index + 2, meaning: .set(amount: 1, unit: tokens[index + 1].word.unit, quant: nil, freq: nil))
      default: return nil
      }
    default:
      return nil
    }
  }

  private func longest(_ parses: Parse?...) -> Parse? {
    var best: Parse?
    for case let parse? in parses where parse.end > (best?.end ?? 0) { best = parse }
    return best
  }

  // MARK: - Numbers and durations

  /// A count: digits, number words, `a`, `a few`, `several`, `half a`, `a
  /// couple of`, with `and a half`. A nil amount is an unknown count.
  private func amountPhrase(at index: Int) -> (amount: Double?, next: Int)? {
    guard let token = token(index) else { return nil }
    var amount: Double?
    var next = index + 1
    switch token.shape {
    case .number, .quantity:
      amount = token.amount
    case .word:
      switch token.word.kind {
      case .cardinal:
        var value = Int(token.word.value)
        if value >= 20, value < 100, kind(next) == .cardinal, tokens[next].word.value < 10 {
          value += Int(tokens[next].word.value)
          next += 1
        }
        if kind(next) == .cardinal, tokens[next].word.value == 100 {
          value *= 100
          next += 1
        }
        amount = Double(value)
      case .determiner where token.word.value == 1:
        if kind(next) == .cardinal, tokens[next].word.value >= 12 {
          amount = Double(tokens[next].word.value)
          next += 1
        } else if kind(next) == .indefinite {
          amount = nil
          next += 1
        } else if isJoiner(next, .couple), isJoiner(next + 1, .of) {
          amount = 2
          next += 2
        } else if isJoiner(next, .half) {
          amount = 0.5
          next += 1
        } else {
          amount = 1
        }
      case .indefinite:
        amount = nil
      case .joiner:
        if token.isJoiner(.half), isIndefiniteArticle(next) {
          amount = 0.5
          next += 1
        } else if token.isJoiner(.couple), isJoiner(next, .of) {
          amount = 2
          next += 1
        } else {
          return nil
        }
      default:
        return nil
      }
    default:
      return nil
    }
    if let whole = amount, isJoiner(next, .and), isIndefiniteArticle(next + 1), isJoiner(next + 2, .half),
      kind(next + 3) == .unit
    {
      amount = whole + 0.5
      next += 3
    }
    return (amount, next)
  }

  /// `two decades`, `a year and a half`, `two weeks ago`, `3 times a week`.
  private func amountLed(_ index: Int) -> Parse? {
    guard let (amount, next) = amountPhrase(at: index) else { return nil }
    if kind(next) == .unit {
      let unitWord = tokens[next].word
      // "2,000 years" is fine; "a years" is not.
      if amount == 1, unitWord.isPlural, tokens[index].shape == .word { return nil }
      var end = next + 1
      var value = amount
      if let whole = amount, isJoiner(end, .and), isIndefiniteArticle(end + 1), isJoiner(end + 2, .half) {
        value = whole + 0.5
        end += 3
      }
      if kind(end) == .ago { return Parse(end: end + 1, meaning: .ago(amount: value, unit: unitWord.unit)) }
      if isIndefiniteArticle(index), end == next + 1, let previous = token(index - 1),
        previous.word.kind == .countNoun || previous.shape == .number || previous.shape == .quantity
      {
        // "20 dollars a week": a rate.
        return Parse(end: end, meaning: .set(amount: 1, unit: unitWord.unit, quant: nil, freq: nil))
      }
      return Parse(end: end, meaning: .duration(amount: value, unit: unitWord.unit))
    }
    if kind(next) == .times, tokens[next].word.value == 0, let amount, amount == amount.rounded() {
      return timesLed(index, count: Int(amount), next: next + 1)
    }
    return nil
  }

  /// `once a week`, `twice a year`, `three times per month`.
  private func timesLed(_ index: Int, count: Int, next: Int) -> Parse? {
    guard count > 0 else { return nil }
    var at = next
    if isIndefiniteArticle(at) || isJoiner(at, .per) || kind(at) == .quantifier { at += 1 } else { return nil }
    guard kind(at) == .unit, !tokens[at].word.isPlural else { return nil }
    return Parse(end: at + 1, meaning: .set(amount: 1, unit: tokens[at].word.unit, quant: nil, freq: count))
  }

  /// A plural unit alone: `months`, `for years`.
  private func bareUnitLed(_ index: Int) -> Parse? {
    let word = tokens[index].word
    guard word.isPlural else { return nil }
    if index > 0, tokens[index - 1].word.kind == .determiner { return nil }
    return Parse(end: index + 1, meaning: .duration(amount: nil, unit: word.unit))
  }

  // MARK: - Dates

  /// A day of the month: 1–31 in digits (not followed by a colon) or as an
  /// ordinal.
  private func day(at index: Int) -> Int? {
    guard let token = token(index) else { return nil }
    switch token.shape {
    case .number where token.digits <= 2 && token.number >= 1 && token.number <= 31: return token.number
    case .ordinalNumber where token.number >= 1 && token.number <= 31: return token.number
    case .word where token.word.kind == .ordinal && token.word.value <= 31: return Int(token.word.value)
    default: return nil
    }
  }

  /// A year: four digits, 1000–2099.
  @inline(__always)
  private func year(at index: Int) -> Int? {
    guard let token = token(index), token.isYearShaped else { return nil }
    return token.number
  }

  /// `[,] YEAR` after a day or month; returns the year and the end.
  private func yearAfter(_ index: Int) -> (Int, Int)? {
    if let year = year(at: index) { return (year, index + 1) }
    if isPunctuation(index, UInt8(ascii: ",")), let year = year(at: index + 1) { return (year, index + 2) }
    return nil
  }

  /// `November 10, 2024`, `Nov. 10`, `October 14th`, `June 2024`, `June`.
  private func monthLed(_ index: Int) -> Parse? {
    let token = tokens[index]
    let month = Int(token.word.value)
    if let day = day(at: index + 1), !isPunctuation(index + 2, UInt8(ascii: ":")) {
      if let (year, end) = yearAfter(index + 2) {
        return withTime(Parse(end: end, meaning: .date(year: year, month: month, day: day)))
      }
      return withTime(Parse(end: index + 2, meaning: .date(year: nil, month: month, day: day)))
    }
    if isJoiner(index + 1, .of), let year = year(at: index + 2) {
      return Parse(end: index + 3, meaning: .date(year: year, month: month, day: nil))
    }
    if let (year, end) = yearAfter(index + 1) {
      return Parse(end: end, meaning: .date(year: year, month: month, day: nil))
    }
    // A month alone: written out, capitalized; May and March only after a
    // temporal word (they are also a verb and a modal).
    guard !token.word.isAbbreviation, token.isCapitalized, !token.isUppercase || token.end - token.start <= 3 else {
      return nil
    }
    if month == 5 || month == 3 {
      guard let previous = self.token(index - 1) else { return nil }
      let temporal: Bool
      switch previous.word.kind {
      case .joiner:
        switch Joiner(rawValue: previous.word.value) {
        case .in_, .since, .by, .until, .before, .after, .during, .between, .from, .to, .of, .and: temporal = true
        default: temporal = false
        }
      case .edge, .relative: temporal = true
      default: temporal = false
      }
      guard temporal else { return nil }
    }
    return Parse(end: index + 1, meaning: .relativeMonth(month, offset: futureCue(before: index) ? 1 : 0))
  }

  /// `10 November 2024`, `14 October`, `the 14th of October`.
  private func dayLed(_ index: Int) -> Parse? {
    guard let day = day(at: index) else { return nil }
    var at = index + 1
    if isJoiner(at, .of) { at += 1 }
    guard kind(at) == .month else {
      // 21st century
      if let token = token(index), token.shape == .ordinalNumber || token.word.kind == .ordinal, kind(at) == .unit,
        tokens[at].word.unit == .century, !tokens[at].word.isPlural
      {
        return Parse(end: at + 1, meaning: .century(day - 1))
      }
      return nil
    }
    let month = Int(tokens[at].word.value)
    if let (year, end) = yearAfter(at + 1) {
      return withTime(Parse(end: end, meaning: .date(year: year, month: month, day: day)))
    }
    return withTime(Parse(end: at + 1, meaning: .date(year: nil, month: month, day: day)))
  }

  /// A year alone, unless the number is not a date (`Article 1996`, `2000
  /// officers`), and before 1900 only after a temporal word.
  private func yearLed(_ index: Int) -> Parse? {
    guard let year = year(at: index) else { return nil }
    if let previous = token(index - 1) {
      if previous.word.kind == .yearBlocker { return nil }
      if previous.isJoiner(.no) && previous.hasPeriod { return nil }
      if previous.shape == .punctuation,
        previous.punctuation == UInt8(ascii: "$") || previous.punctuation == UInt8(ascii: "#")
      {
        return nil
      }
      if previous.shape == .number || previous.shape == .quantity { return nil }
    }
    if let next = token(index + 1) {
      if next.word.kind == .countNoun || next.isPunctuation(UInt8(ascii: "%")) { return nil }
      if next.shape == .number || next.shape == .quantity { return nil }
    }
    if year < 1900 {
      guard let previous = token(index - 1) else { return nil }
      switch previous.word.kind {
      case .joiner:
        switch Joiner(rawValue: previous.word.value) {
        case .in_, .since, .by, .until, .before, .after, .during, .between, .from, .to, .of, .and, .year: break
        default: return nil
        }
      case .month, .edge: break
      default:
        guard previous.isPunctuation(UInt8(ascii: "(")) else { return nil }
      }
    }
    return Parse(end: index + 1, meaning: .date(year: year, month: nil, day: nil))
  }

  /// `Tuesday`, `Tuesday, November 5, 2024`, `Tuesday morning`.
  private func weekdayLed(_ index: Int) -> Parse? {
    let token = tokens[index]
    let weekday = Int(token.word.value)
    var at = index + 1
    if isPunctuation(at, UInt8(ascii: ",")) { at += 1 }
    if let date = kind(at) == .month ? monthLed(at) : dayLed(at) {
      switch date.meaning {
      case .date(_, _, .some), .dateTime(_, _, .some, _, _):
        return Parse(end: date.end, meaning: date.meaning)
      default: break
      }
    }
    if token.word.isAbbreviation && !token.hasPeriod { return nil }
    if !token.isCapitalized && token.word.isAbbreviation { return nil }
    if kind(index + 1) == .partOfDay {
      return Parse(end: index + 2, meaning: .partOfDay(dayOffset: 0, weekday: weekday, part: Int(tokens[index + 1].word.value)))
    }
    return Parse(end: index + 1, meaning: .weekday(weekday, offset: 0, future: futureCue(before: index)))
  }

  /// Whether the clause before `index` speaks of the future (`will`).
  private func futureCue(before index: Int) -> Bool {
    var at = index - 1
    while at >= 0 && at >= index - 8 {
      let token = tokens[at]
      if token.shape == .punctuation,
        token.punctuation == UInt8(ascii: ".") || token.punctuation == UInt8(ascii: "!") || token.punctuation == UInt8(ascii: "?")
      {
        return false
      }
      if token.isJoiner(.will) { return true }
      at -= 1
    }
    return false
  }

  /// `the 14th of October`, `the 1960s`, `the '60s`, `the 21st century`,
  /// `the third quarter`, `the past two decades`, `the past`, `the future`.
  private func theLed(_ index: Int, afterEdge: Bool) -> Parse? {
    guard let next = token(index + 1) else { return nil }
    let at = index + 1
    switch next.shape {
    case .decade:
      if next.digits == 4 { return Parse(end: at + 1, meaning: next.third == 1 ? .century(next.number) : .decade(next.number)) }
      return Parse(end: at + 1, meaning: .decade(190 + next.number))
    case .punctuation:
      if next.punctuation == UInt8(ascii: "'"), let decade = token(at + 1), decade.shape == .decade, decade.digits == 2 {
        return Parse(end: at + 2, meaning: .decade(190 + decade.number))
      }
      return nil
    case .ordinalNumber:
      return dayLed(at)
    case .word:
      break
    default:
      return nil
    }
    switch next.word.kind {
    case .ordinal:
      if kind(at + 1) == .quarter, next.word.value <= 4 {
        if isJoiner(at + 2, .of), let year = year(at: at + 3) {
          return Parse(end: at + 4, meaning: .quarter(year: year, quarter: Int(next.word.value)))
        }
        return Parse(end: at + 2, meaning: .quarter(year: nil, quarter: Int(next.word.value)))
      }
      return dayLed(at)
    case .decadeWord:
      return Parse(end: at + 1, meaning: .decade(190 + Int(next.word.value)))
    case .relative:
      let relative = RelativeWord(rawValue: next.word.value)
      guard relative == .past || relative == .last || relative == .next else { return nil }
      if let (amount, afterAmount) = amountPhrase(at: at + 1), kind(afterAmount) == .unit,
        tokens[at + 1].word.kind != .determiner
      {
        return Parse(end: afterAmount + 1, meaning: .duration(amount: amount, unit: tokens[afterAmount].word.unit))
      }
      if kind(at + 1) == .unit {
        let unit = tokens[at + 1].word
        if unit.isPlural { return Parse(end: at + 2, meaning: .duration(amount: nil, unit: unit.unit)) }
        if unit.unit.rawValue >= TimeUnit.week.rawValue {
          return Parse(end: at + 2, meaning: .duration(amount: 1, unit: unit.unit))
        }
        return nil
      }
      if relative == .past { return Parse(end: at + 1, meaning: .vague(.past)) }
      return nil
    case .vague:
      if next.word.value == -VagueReference.present.rawValue { return Parse(end: at + 1, meaning: .vague(.present)) }
      if next.word.value == VagueReference.future.rawValue { return Parse(end: at + 1, meaning: .vague(.future)) }
      return nil
    case .joiner:
      if next.isJoiner(.near), kind(at + 1) == .vague, tokens[at + 1].word.value == VagueReference.future.rawValue {
        return Parse(end: at + 2, meaning: .vague(.future))
      }
      return nil
    case .unit:
      // "the end of the year"
      guard afterEdge, !next.word.isPlural, next.word.unit.rawValue >= TimeUnit.week.rawValue else { return nil }
      return Parse(end: at + 1, meaning: .relative(next.word.unit, offset: 0))
    default:
      return nil
    }
  }

  /// `last year`, `next Tuesday`, `this morning`, `earlier this year`, `past
  /// decades`, `last two years`.
  private func relativeLed(_ index: Int) -> Parse? {
    guard let relative = RelativeWord(rawValue: tokens[index].word.value) else { return nil }
    let at = index + 1
    if relative == .earlier || relative == .later {
      guard kind(at) == .relative, let inner = relativeLed(at), inner.isPointInTime else { return nil }
      return inner
    }
    let offset: Int
    switch relative {
    case .last, .past: offset = -1
    case .next: offset = 1
    default: offset = 0
    }
    guard let next = token(at) else { return nil }
    switch next.word.kind {
    case .unit:
      let unit = next.word.unit
      if next.word.isPlural {
        guard relative != .this else { return nil }
        return Parse(end: at + 1, meaning: .duration(amount: nil, unit: unit))
      }
      guard unit.rawValue >= TimeUnit.week.rawValue else { return nil }
      if relative == .past { return Parse(end: at + 1, meaning: .duration(amount: 1, unit: unit)) }
      return Parse(end: at + 1, meaning: .relative(unit, offset: offset))
    case .weekday:
      return Parse(end: at + 1, meaning: .weekday(Int(next.word.value), offset: relative == .this ? 2 : offset, future: false))
    case .month:
      guard !next.word.isAbbreviation else { return nil }
      return Parse(end: at + 1, meaning: .relativeMonth(Int(next.word.value), offset: relative == .this ? 2 : offset))
    case .season:
      return Parse(end: at + 1, meaning: .season(year: nil, season: Int(next.word.value), offset: offset))
    case .weekend:
      return Parse(end: at + 1, meaning: .weekend(offset: offset))
    case .partOfDay:
      guard relative != .past else { return nil }
      return Parse(end: at + 1, meaning: .partOfDay(dayOffset: offset, weekday: nil, part: Int(next.word.value)))
    case .cardinal, .indefinite, .determiner:
      guard relative != .this, next.word.kind != .determiner || next.word.value == 1,
        let (amount, afterAmount) = amountPhrase(at: at), kind(afterAmount) == .unit, tokens[afterAmount].word.isPlural
      else { return nil }
      return Parse(end: afterAmount + 1, meaning: .duration(amount: amount, unit: tokens[afterAmount].word.unit))
    default:
      if next.shape == .number, relative != .this, let (amount, afterAmount) = amountPhrase(at: at), kind(afterAmount) == .unit {
        return Parse(end: afterAmount + 1, meaning: .duration(amount: amount, unit: tokens[afterAmount].word.unit))
      }
      return nil
    }
  }

  /// `today`, `yesterday morning`, `tonight`.
  private func dayReferenceLed(_ index: Int) -> Parse? {
    let value = Int(tokens[index].word.value)
    if value == 3 { return Parse(end: index + 1, meaning: .partOfDay(dayOffset: 0, weekday: nil, part: 4)) }
    if kind(index + 1) == .partOfDay {
      return Parse(end: index + 2, meaning: .partOfDay(dayOffset: value - 1, weekday: nil, part: Int(tokens[index + 1].word.value)))
    }
    return Parse(end: index + 1, meaning: .relative(.day, offset: value - 1))
  }

  /// `now`, `currently`, `recently`; `present` after `at`.
  private func vagueLed(_ index: Int) -> Parse? {
    let value = tokens[index].word.value
    if value == -VagueReference.present.rawValue {
      return isJoiner(index - 1, .at) ? Parse(end: index + 1, meaning: .vague(.present)) : nil
    }
    guard value != VagueReference.future.rawValue, let reference = VagueReference(rawValue: value) else { return nil }
    return Parse(end: index + 1, meaning: .vague(reference))
  }

  /// `every week`, `every other year`, `every two years`, `each Monday`.
  private func quantifierLed(_ index: Int) -> Parse? {
    let quant = tokens[index].word.value == 1 ? "EVERY" : "EACH"
    var at = index + 1
    var amount = 1
    if isJoiner(at, .other) {
      amount = 2
      at += 1
    } else if let next = token(at), next.shape == .number || next.word.kind == .cardinal,
      let phrase = amountPhrase(at: at), let value = phrase.amount, value == value.rounded()
    {
      amount = Int(value)
      at = phrase.next
    }
    switch kind(at) {
    case .unit:
      return Parse(end: at + 1, meaning: .set(amount: amount, unit: tokens[at].word.unit, quant: quant, freq: nil))
    case .weekday where amount == 1:
      return Parse(end: at + 1, meaning: .setWeekday(Int(tokens[at].word.value), quant: quant))
    default:
      return nil
    }
  }

  /// `summer 2024`, `the summer of 2024` (after `the`: see ``theLed``).
  private func seasonLed(_ index: Int) -> Parse? {
    let season = Int(tokens[index].word.value)
    if let year = year(at: index + 1) { return Parse(end: index + 2, meaning: .season(year: year, season: season, offset: 0)) }
    if isJoiner(index + 1, .of), let year = year(at: index + 2) {
      return Parse(end: index + 3, meaning: .season(year: year, season: season, offset: 0))
    }
    return nil
  }

  // MARK: - Times

  /// `12:48`, `12:48 PM`.
  private func clockLed(_ index: Int) -> Parse? {
    let token = tokens[index]
    var hour = token.number
    var end = index + 1
    if kind(end) == .meridiem {
      hour = adjust(hour, meridiem: Int(tokens[end].word.value))
      end += 1
    }
    return Parse(end: end, meaning: .dateTime(year: nil, month: nil, day: nil, hour: hour, minute: token.second))
  }

  /// `5 pm`, `5 p.m.`.
  private func clockNumberLed(_ index: Int) -> Parse? {
    let token = tokens[index]
    guard token.digits <= 2, token.number >= 1, token.number <= 12, kind(index + 1) == .meridiem else { return nil }
    let hour = adjust(token.number, meridiem: Int(tokens[index + 1].word.value))
    return Parse(end: index + 2, meaning: .dateTime(year: nil, month: nil, day: nil, hour: hour, minute: 0))
  }

  private func adjust(_ hour: Int, meridiem: Int) -> Int {
    if meridiem == 12 { return hour < 12 ? hour + 12 : hour }
    return hour == 12 ? 0 : hour
  }

  /// A full date followed by a time of day (`November 10, 2024 12:48 PM`)
  /// becomes one TIME.
  private func withTime(_ parse: Parse) -> Parse {
    guard case .date(let year, let month, let day?) = parse.meaning else { return parse }
    var at = parse.end
    if isPunctuation(at, UInt8(ascii: ",")) { at += 1 }
    let time = token(at)?.shape == .clock ? clockLed(at) : (token(at)?.shape == .number ? clockNumberLed(at) : nil)
    guard let time, case .dateTime(_, _, _, let hour, let minute) = time.meaning else { return parse }
    return Parse(end: time.end, meaning: .dateTime(year: year, month: month, day: day, hour: hour, minute: minute))
  }
}
