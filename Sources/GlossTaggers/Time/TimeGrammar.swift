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
    /// Which way the tense of the clause before it points: `.previous`
    /// for a past tense, `.following` for a future, `nil` for neither.
    package var tense: Occurrence?
    /// The offset from UTC of the time zone written after its clock time
    /// (`EST`: -300 minutes), if any.
    package var zoneOffsetMinutes: Int?
  }

  /// A parse of a core pattern: where it ends (exclusive token index) and
  /// what it means.
  struct Parse {
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

  let tokens: [TimeToken]
  let count: Int

  /// The decade number of the 1900s' decades without their century (`'60s`,
  /// `the sixties`: 196).
  private static let twentiethCenturyDecades = 190
  /// The earliest year that is a date alone; an earlier one needs a
  /// temporal word before it (`in 1850`).
  private static let earliestYearAlone = 1900
  /// May and March, month names that are also a modal and a verb.
  private static let may = 5
  private static let march = 3
  /// `hundred`, which multiplies the number word before it.
  private static let hundred = 100
  /// The ordinals that name a quarter (`the third quarter`).
  private static let quartersPerYear = 4

  /// A grammar over the tokens of one text.
  package init(tokens: [TimeToken]) {
    self.tokens = tokens
    self.count = tokens.count
  }

  /// Every temporal expression, in text order, none overlapping; parts
  /// written apart that name one time are joined (``composed(_:)``).
  package func matches() -> [Match] {
    composed(tokenMatches())
  }

  /// A match with the tokens it covers.
  struct Located {
    var tokens: Range<Int>
    var match: Match
  }

  /// Every match of the core patterns, in text order, none overlapping.
  private func tokenMatches() -> [Located] {
    var result: [Located] = []
    var index = 0
    while index < count {
      let token = tokens[index]
      if token.shape == .yearRange {
        // 1996-2000: two dates inside one token.
        let first = token.start..<(token.start + 4)
        let second = (token.start + 5)..<token.end
        let tokens = index..<(index + 1)
        result.append(
          Located(tokens: tokens, match: Match(range: first, meaning: .date(year: token.number, month: nil, day: nil))))
        result.append(
          Located(tokens: tokens, match: Match(range: second, meaning: .date(year: token.second, month: nil, day: nil)))
        )
        index += 1
        continue
      }
      if token.word == .unknown && token.shape == .word {
        index += 1
        continue
      }
      if let (end, match) = match(at: index) {
        result.append(Located(tokens: index..<end, match: match))
        index = end
      } else {
        index += 1
      }
    }
    return result
  }

  // MARK: - Token access

  /// The word at `index`, `.unknown` past the end.
  @inline(__always)
  func word(_ index: Int) -> TimeWord {
    index < count ? tokens[index].word : .unknown
  }

  @inline(__always)
  func token(_ index: Int) -> TimeToken? {
    index < count && index >= 0 ? tokens[index] : nil
  }

  @inline(__always)
  func isJoiner(_ index: Int, _ joiner: Joiner) -> Bool {
    index < count && index >= 0 && tokens[index].isJoiner(joiner)
  }

  @inline(__always)
  func isPunctuation(_ index: Int, _ character: UInt8) -> Bool {
    index < count && index >= 0 && tokens[index].isPunctuation(character)
  }

  /// `a` or `an`.
  @inline(__always)
  private func isIndefiniteArticle(_ index: Int) -> Bool {
    word(index) == .determiner(.indefiniteArticle)
  }

  /// `the`.
  @inline(__always)
  func isThe(_ index: Int) -> Bool {
    word(index) == .determiner(.the)
  }

  /// `every`, `each`.
  @inline(__always)
  private func isQuantifier(_ index: Int) -> Bool {
    if case .quantifier = word(index) { true } else { false }
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
    var match = Match(range: range, meaning: parse.meaning, mod: parse.mod)
    match.tense = tense(around: start..<parse.end)
    return (parse.end, match)
  }

  /// `over`, `more than`, `at least`, `nearly`, `about`, `some` (before a number)…
  private func modifierPrefix(at index: Int) -> (TimexModifier, Int)? {
    guard let token = token(index) else { return nil }
    switch token.word {
    case .modifier(let modifier):
      // "over the past two decades": a preposition, not a modifier.
      if isThe(index + 1) { return nil }
      return (modifier, index + 1)
    case .indefinite(meansAboutBeforeNumber: true):
      // "some 20 years"
      guard let next = self.token(index + 1), next.shape == .number || next.word.isCardinal else { return nil }
      return (.approx, index + 1)
    case .joiner(let joiner):
      switch joiner {
      case .just:
        guard case .modifier(let modifier) = word(index + 1) else { return nil }
        return (modifier, index + 2)
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
    if isThe(at), case .edge = word(at + 1) { at += 1 }
    guard let token = token(at), case .edge(let modifier, let needsOf) = token.word, token.shape == .word else {
      return nil
    }
    if needsOf {
      guard isJoiner(at + 1, .of) else { return nil }
      return (modifier, at + 2)
    }
    if at != index {
      // "the late 1990s"
      guard let next = self.token(at + 1), next.shape == .decade || next.word.isDecadeWord else { return nil }
    }
    return (modifier, at + 1)
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
      if token.digits == 2 && token.third == 2 {
        return Parse(end: index + 1, meaning: .decade(Self.twentiethCenturyDecades + token.number))
      }
      guard token.digits == 4 else { return nil }
      return Parse(end: index + 1, meaning: token.third == 1 ? .century(token.number) : .decade(token.number))
    case .numberUnit:
      return Parse(end: index + 1, meaning: .duration(amount: Double(token.number), unit: token.unit))
    case .unitLong:
      return Parse(end: index + 1, meaning: .duration(amount: token.number == 0 ? nil : 1, unit: token.unit))
    case .mid:
      // The modifier of the adjective before the hyphen (`early-2024`);
      // `mid` after a noun (`end-2024`).
      let mod: TimexModifier = if case .edge(let modifier, needsOf: false) = token.word { modifier } else { .mid }
      if token.number != 0 {
        return Parse(end: index + 1, meaning: .date(year: token.number, month: nil, day: nil), mod: mod)
      }
      if token.second != 0 {
        if let (year, end) = yearAfter(index + 1) {
          return Parse(end: end, meaning: .date(year: year, month: token.second, day: nil), mod: mod)
        }
        return Parse(end: index + 1, meaning: .relativeMonth(token.second, .nearest), mod: mod)
      }
      return Parse(end: index + 1, meaning: .decade(token.third), mod: mod)
    case .punctuation:
      // '60s
      if token.punctuation == UInt8(ascii: "'"), let next = self.token(index + 1), next.shape == .decade,
        next.digits == 2
      {
        return Parse(end: index + 2, meaning: .decade(Self.twentiethCenturyDecades + next.number))
      }
      return nil
    case .word:
      return wordLed(index, token, afterEdge: afterEdge)
    case .ordinalPeriod:
      return periodLed(index)
    case .fiscalYear:
      return Parse(end: index + 1, meaning: .fiscalYear(token.number))
    case .yearRange, .other:
      return nil
    }
  }

  private func wordLed(_ index: Int, _ token: TimeToken, afterEdge: Bool) -> Parse? {
    switch token.word {
    case .month: return monthLed(index)
    case .weekday: return weekdayLed(index)
    case .cardinal, .indefinite: return amountLed(index)
    case .determiner(.indefiniteArticle): return amountLed(index)
    case .determiner(.the): return theLed(index, afterEdge: afterEdge)
    case .ordinal: return dayLed(index)
    case .dayReference(let reference): return dayReferenceLed(index, reference)
    case .relative: return relativeLed(index)
    case .vague(let vague): return vagueLed(index, vague)
    case .quantifier(let quantifier): return quantifierLed(index, quantifier)
    case .frequency(let unit): return Parse(end: index + 1, meaning: .set(amount: 1, unit: unit, quant: nil, freq: nil))
    case .multiplier(let count): return timesLed(index, count: count, next: index + 1)
    case .unit: return bareUnitLed(index)
    case .season(let season): return seasonLed(index, season)
    case .clockWord(let hour):
      return Parse(end: index + 1, meaning: .dateTime(year: nil, month: nil, day: nil, hour: hour, minute: 0))
    case .joiner(.recent):
      if case .unit(let unit, plural: true) = word(index + 1) {
        return Parse(end: index + 2, meaning: .duration(amount: nil, unit: unit))
      }
      return nil
    case .joiner(.half), .joiner(.couple): return amountLed(index)
    case .fiscal: return fiscalLed(index)
    case .joiner(.per):
      // "nine per cent per year": a rate.
      guard case .unit(let unit, plural: false) = word(index + 1) else { return nil }
      return Parse(end: index + 2, meaning: .set(amount: 1, unit: unit, quant: nil, freq: nil))
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
  func amountPhrase(at index: Int) -> (amount: Double?, next: Int)? {
    guard let token = token(index) else { return nil }
    var amount: Double?
    var next = index + 1
    switch token.shape {
    case .number, .quantity:
      amount = token.amount
    case .word:
      switch token.word {
      case .cardinal(var value):
        if value >= 20, value < 100, case .cardinal(let ones) = word(next), ones < 10 {
          value += ones
          next += 1
        }
        if word(next) == .cardinal(Self.hundred) {
          value *= Self.hundred
          next += 1
        }
        amount = Double(value)
      case .determiner(.indefiniteArticle):
        if case .cardinal(let number) = word(next), number >= 12 {
          amount = Double(number)
          next += 1
        } else if case .indefinite = word(next) {
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
      case .unit = word(next + 3)
    {
      amount = whole + 0.5
      next += 3
    }
    return (amount, next)
  }

  /// `two decades`, `a year and a half`, `two weeks ago`, `3 times a week`.
  private func amountLed(_ index: Int) -> Parse? {
    guard let (amount, next) = amountPhrase(at: index) else { return nil }
    if case .unit(let unit, let plural) = word(next) {
      // "2,000 years" is fine; "a years" is not.
      if amount == 1, plural, tokens[index].shape == .word { return nil }
      var end = next + 1
      var value = amount
      if let whole = amount, isJoiner(end, .and), isIndefiniteArticle(end + 1), isJoiner(end + 2, .half) {
        value = whole + 0.5
        end += 3
      }
      if word(end) == .ago { return Parse(end: end + 1, meaning: .ago(amount: value, unit: unit)) }
      if isIndefiniteArticle(index), end == next + 1, let previous = token(index - 1),
        previous.word == .countNoun || previous.shape == .number || previous.shape == .quantity
      {
        // "20 dollars a week": a rate.
        return Parse(end: end, meaning: .set(amount: 1, unit: unit, quant: nil, freq: nil))
      }
      return Parse(end: end, meaning: .duration(amount: value, unit: unit))
    }
    if word(next) == .times, let amount, amount == amount.rounded() {
      return timesLed(index, count: Int(amount), next: next + 1)
    }
    return nil
  }

  /// `once a week`, `twice a year`, `three times per month`.
  private func timesLed(_ index: Int, count: Int, next: Int) -> Parse? {
    guard count > 0 else { return nil }
    var at = next
    if isIndefiniteArticle(at) || isJoiner(at, .per) || isQuantifier(at) { at += 1 } else { return nil }
    guard case .unit(let unit, plural: false) = word(at) else { return nil }
    return Parse(end: at + 1, meaning: .set(amount: 1, unit: unit, quant: nil, freq: count))
  }

  /// A plural unit alone: `months`, `for years`.
  private func bareUnitLed(_ index: Int) -> Parse? {
    guard case .unit(let unit, plural: true) = tokens[index].word else { return nil }
    if index > 0, tokens[index - 1].word.isDeterminer { return nil }
    return Parse(end: index + 1, meaning: .duration(amount: nil, unit: unit))
  }

  // MARK: - Dates

  /// A day of the month: 1–31 in digits (not followed by a colon) or as an
  /// ordinal.
  private func day(at index: Int) -> Int? {
    guard let token = token(index) else { return nil }
    switch token.shape {
    case .number where token.digits <= 2 && token.number >= 1 && token.number <= 31: return token.number
    case .ordinalNumber where token.number >= 1 && token.number <= 31: return token.number
    case .word:
      if case .ordinal(let day) = token.word, day <= 31 { return day }
      return nil
    default: return nil
    }
  }

  /// A year: four digits, 1000–2099.
  @inline(__always)
  func year(at index: Int) -> Int? {
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
    guard case .month(let month, let abbreviated) = token.word else { return nil }
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
    guard !abbreviated, token.isCapitalized, !token.isUppercase || token.end - token.start <= 3 else {
      return nil
    }
    if month == Self.may || month == Self.march {
      guard let previous = self.token(index - 1) else { return nil }
      let temporal: Bool
      switch previous.word {
      case .joiner(let joiner): temporal = joiner.introducesDate
      case .edge, .relative: temporal = true
      default: temporal = false
      }
      guard temporal else { return nil }
    }
    // `until September`: ahead unless the clause is in the past tense.
    let ahead = futureCue(before: index) || (isJoiner(index - 1, .until) && !pastCue(before: index))
    return Parse(end: index + 1, meaning: .relativeMonth(month, ahead ? .following : .nearest))
  }

  /// `10 November 2024`, `14 October`, `the 14th of October`.
  private func dayLed(_ index: Int) -> Parse? {
    guard let day = day(at: index) else { return nil }
    var at = index + 1
    if isJoiner(at, .of) { at += 1 }
    guard case .month(let month, _) = word(at) else {
      // 21st century
      if let token = token(index), token.shape == .ordinalNumber || token.word.isOrdinal,
        word(at) == .unit(.century, plural: false)
      {
        return Parse(end: at + 1, meaning: .century(day - 1))
      }
      return nil
    }
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
      if previous.word == .yearBlocker { return nil }
      if previous.isJoiner(.no) && previous.hasPeriod { return nil }
      if previous.shape == .punctuation,
        previous.punctuation == UInt8(ascii: "$") || previous.punctuation == UInt8(ascii: "#")
      {
        return nil
      }
      if previous.shape == .number || previous.shape == .quantity { return nil }
    }
    if let next = token(index + 1) {
      if next.word == .countNoun || next.isPunctuation(UInt8(ascii: "%")) { return nil }
      if next.shape == .number || next.shape == .quantity { return nil }
    }
    if year < Self.earliestYearAlone {
      guard let previous = token(index - 1) else { return nil }
      switch previous.word {
      case .joiner(let joiner):
        guard joiner.introducesDate || joiner == .year else { return nil }
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
    guard case .weekday(let weekday, let abbreviated) = token.word else { return nil }
    var at = index + 1
    if isPunctuation(at, UInt8(ascii: ",")) { at += 1 }
    let date = if case .month = word(at) { monthLed(at) } else { dayLed(at) }
    if let date {
      switch date.meaning {
      case .date(_, _, .some), .dateTime(_, _, .some, _, _):
        return Parse(end: date.end, meaning: date.meaning)
      default: break
      }
    }
    if abbreviated && !token.hasPeriod { return nil }
    if !token.isCapitalized && abbreviated { return nil }
    if case .partOfDay(let part) = word(index + 1) {
      let day: TimexMeaning = .partOfDay(dayOffset: 0, weekday: weekday, part: part)
      return Parse(end: index + 2, meaning: futureCue(before: index) ? .futureWeekdayPart(weekday, part) : day)
    }
    return Parse(end: index + 1, meaning: .weekday(weekday, .nearest, future: futureCue(before: index)))
  }

  /// Whether the clause before `index` speaks of the future: the nearest
  /// tense cue is a modal, a plan or a present-tense verb of a scheduled
  /// event (`will`, `would`, `plans`, `opens`), not a past tense (`was`).
  func futureCue(before index: Int) -> Bool {
    tenseCue(from: index - 1, step: -1) == .following
  }

  /// Whether the nearest tense cue in the clause before `index` is a past tense.
  func pastCue(before index: Int) -> Bool {
    tenseCue(from: index - 1, step: -1) == .previous
  }

  /// Which way the tense of the clause around tokens `range` points: the
  /// nearest cue before it, else the nearest after it (`On March 9,
  /// parliament ratified it`).
  func tense(around range: Range<Int>) -> Occurrence? {
    tenseCue(from: range.lowerBound - 1, step: -1) ?? tenseCue(from: range.upperBound, step: 1)
  }

  /// The first tense cue from `start` going `step` within the sentence and
  /// ``tenseCueReach`` tokens: `.following` for a future, `.previous` for a
  /// past tense; a participle after a form of `be` is none (`will be held`,
  /// `stays closed`).
  private func tenseCue(from start: Int, step: Int) -> Occurrence? {
    var at = start
    while at >= 0 && at < count && abs(at - start) < Self.tenseCueReach {
      let token = tokens[at]
      if token.shape == .punctuation,
        token.punctuation == UInt8(ascii: ".") || token.punctuation == UInt8(ascii: "!")
          || token.punctuation == UInt8(ascii: "?")
      {
        return nil
      }
      if token.isJoiner(.will) { return .following }
      if token.isJoiner(.pastTense) && !isJoiner(at - 1, .copula) { return .previous }
      at += step
    }
    return nil
  }

  /// How many tokens away a tense cue is looked for.
  static let tenseCueReach = 8

  /// `the 14th of October`, `the 1960s`, `the '60s`, `the 21st century`,
  /// `the third quarter`, `the past two decades`, `the past`, `the future`.
  private func theLed(_ index: Int, afterEdge: Bool) -> Parse? {
    guard let next = token(index + 1) else { return nil }
    let at = index + 1
    switch next.shape {
    case .decade:
      if next.digits == 4 {
        return Parse(end: at + 1, meaning: next.third == 1 ? .century(next.number) : .decade(next.number))
      }
      return Parse(end: at + 1, meaning: .decade(Self.twentiethCenturyDecades + next.number))
    case .punctuation:
      if next.punctuation == UInt8(ascii: "'"), let decade = token(at + 1), decade.shape == .decade, decade.digits == 2
      {
        return Parse(end: at + 2, meaning: .decade(Self.twentiethCenturyDecades + decade.number))
      }
      return nil
    case .ordinalNumber:
      return dayLed(at)
    case .word:
      break
    default:
      return nil
    }
    switch next.word {
    case .ordinal(let number):
      if word(at + 1) == .quarter || isJoiner(at + 1, .half) {
        return period(ordinal: number, isQuarter: word(at + 1) == .quarter, at: at + 1)
      }
      if let fiscal = fiscalPeriod(ordinal: number, at: at + 1) { return fiscal }
      if number == 1, let (amount, afterAmount) = amountPhrase(at: at + 1), amount != nil,
        case .unit(let unit, plural: true) = word(afterAmount)
      {
        // the first three weeks
        return Parse(end: afterAmount + 1, meaning: .duration(amount: amount, unit: unit))
      }
      return dayLed(at)
    case .decadeWord(let tens):
      return Parse(end: at + 1, meaning: .decade(Self.twentiethCenturyDecades + tens))
    case .relative(let relative):
      guard relative == .past || relative == .last || relative == .next else { return nil }
      if relative != .past, case .unit(let unit, plural: false) = word(at + 1), isAnchoredUnit(unit, at: at) {
        // the next day, the following week, the previous month
        return Parse(end: at + 2, meaning: .anchored(unit, offset: relative == .next ? 1 : -1))
      }
      if let (amount, afterAmount) = amountPhrase(at: at + 1), case .unit(let unit, _) = word(afterAmount),
        !tokens[at + 1].word.isDeterminer
      {
        return Parse(end: afterAmount + 1, meaning: .duration(amount: amount, unit: unit))
      }
      if case .unit(let unit, let plural) = word(at + 1) {
        if plural { return Parse(end: at + 2, meaning: .duration(amount: nil, unit: unit)) }
        if unit.isWeekOrLonger { return Parse(end: at + 2, meaning: .duration(amount: 1, unit: unit)) }
        return nil
      }
      if relative == .past { return Parse(end: at + 1, meaning: .vague(.past)) }
      return nil
    case .vague(.present):
      return Parse(end: at + 1, meaning: .vague(.present))
    case .vague(.future):
      return Parse(end: at + 1, meaning: .vague(.future))
    case .joiner(.near):
      if word(at + 1) == .vague(.future) { return Parse(end: at + 2, meaning: .vague(.future)) }
      return nil
    case .unit(let unit, let plural):
      // "the end of the year"
      guard afterEdge, !plural, unit.isWeekOrLonger else { return nil }
      return Parse(end: at + 1, meaning: .relative(unit, offset: 0))
    default:
      return nil
    }
  }

  /// `last year`, `next Tuesday`, `this morning`, `earlier this year`, `past
  /// decades`, `last two years`.
  private func relativeLed(_ index: Int) -> Parse? {
    guard case .relative(let relative) = tokens[index].word else { return nil }
    let at = index + 1
    if relative == .earlier || relative == .later {
      guard case .relative = word(at), let inner = relativeLed(at), inner.isPointInTime else { return nil }
      return inner
    }
    let offset: Int
    let occurrence: Occurrence
    switch relative {
    case .last, .past: (offset, occurrence) = (-1, .previous)
    case .next: (offset, occurrence) = (1, .following)
    default: (offset, occurrence) = (0, .current)
    }
    guard let next = token(at) else { return nil }
    switch next.word {
    case .unit(let unit, let plural):
      if plural {
        guard relative != .this else { return nil }
        return Parse(end: at + 1, meaning: .duration(amount: nil, unit: unit))
      }
      guard unit.isWeekOrLonger else { return nil }
      if relative == .past { return Parse(end: at + 1, meaning: .duration(amount: 1, unit: unit)) }
      return Parse(end: at + 1, meaning: .relative(unit, offset: offset))
    case .weekday(let weekday, _):
      return Parse(end: at + 1, meaning: .weekday(weekday, occurrence, future: false))
    case .month(let month, let abbreviated):
      guard !abbreviated else { return nil }
      return Parse(end: at + 1, meaning: .relativeMonth(month, occurrence))
    case .season(let season):
      return Parse(end: at + 1, meaning: .season(year: nil, season: season, offset: offset))
    case .weekend:
      return Parse(end: at + 1, meaning: .weekend(offset: offset))
    case .partOfDay(let part):
      guard relative != .past else { return nil }
      return Parse(end: at + 1, meaning: .partOfDay(dayOffset: offset, weekday: nil, part: part))
    case .cardinal, .indefinite, .determiner(.indefiniteArticle):
      guard relative != .this, let (amount, afterAmount) = amountPhrase(at: at),
        case .unit(let unit, plural: true) = word(afterAmount)
      else { return nil }
      return Parse(end: afterAmount + 1, meaning: .duration(amount: amount, unit: unit))
    case .determiner:
      return nil
    default:
      if next.shape == .number, relative != .this, let (amount, afterAmount) = amountPhrase(at: at),
        case .unit(let unit, _) = word(afterAmount)
      {
        return Parse(end: afterAmount + 1, meaning: .duration(amount: amount, unit: unit))
      }
      return nil
    }
  }

  /// `today`, `yesterday morning`, `tonight`.
  private func dayReferenceLed(_ index: Int, _ reference: DayReference) -> Parse? {
    let offset = reference.dayOffset
    if reference == .tonight {
      return Parse(end: index + 1, meaning: .partOfDay(dayOffset: offset, weekday: nil, part: .night))
    }
    if case .partOfDay(let part) = word(index + 1) {
      return Parse(end: index + 2, meaning: .partOfDay(dayOffset: offset, weekday: nil, part: part))
    }
    return Parse(end: index + 1, meaning: .relative(.day, offset: offset))
  }

  /// `now`, `currently`, `recently`; `present` after `at` (`future` only
  /// after `the`: see ``theLed``).
  private func vagueLed(_ index: Int, _ vague: VagueWord) -> Parse? {
    switch vague {
    case .now: Parse(end: index + 1, meaning: .vague(.present))
    case .recently: Parse(end: index + 1, meaning: .vague(.past))
    case .present: isJoiner(index - 1, .at) ? Parse(end: index + 1, meaning: .vague(.present)) : nil
    case .future: nil
    }
  }

  /// `every week`, `every other year`, `every two years`, `each Monday`.
  private func quantifierLed(_ index: Int, _ quant: Quantifier) -> Parse? {
    var at = index + 1
    var amount = 1
    if isJoiner(at, .other) {
      amount = 2
      at += 1
    } else if let next = token(at), next.shape == .number || next.word.isCardinal,
      let phrase = amountPhrase(at: at), let value = phrase.amount, value == value.rounded()
    {
      amount = Int(value)
      at = phrase.next
    }
    switch word(at) {
    case .unit(let unit, _):
      return Parse(end: at + 1, meaning: .set(amount: amount, unit: unit, quant: quant, freq: nil))
    case .weekday(let weekday, _) where amount == 1:
      return Parse(end: at + 1, meaning: .setWeekday(weekday, quant: quant))
    default:
      return nil
    }
  }

  /// `summer 2024`, `the summer of 2024` (after `the`: see ``theLed``).
  private func seasonLed(_ index: Int, _ season: Season) -> Parse? {
    if let year = year(at: index + 1) {
      return Parse(end: index + 2, meaning: .season(year: year, season: season, offset: 0))
    }
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
    if case .meridiem(let meridiem) = word(end) {
      hour = meridiem.hourOfDay(hour)
      end += 1
    }
    return Parse(end: end, meaning: .dateTime(year: nil, month: nil, day: nil, hour: hour, minute: token.second))
  }

  /// `5 pm`, `5 p.m.`.
  private func clockNumberLed(_ index: Int) -> Parse? {
    let token = tokens[index]
    guard token.digits <= 2, token.number >= 1, token.number <= 12, case .meridiem(let meridiem) = word(index + 1)
    else { return nil }
    let hour = meridiem.hourOfDay(token.number)
    return Parse(end: index + 2, meaning: .dateTime(year: nil, month: nil, day: nil, hour: hour, minute: 0))
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
