/// What the time grammar knows about one word: its class, and what the
/// class needs to say (a month's number, a unit, which part of the day).
package enum TimeWord: Sendable, Hashable {
  /// Not a time word.
  case unknown
  /// A month name and its number (1–12); `abbreviated` for `Dec`, `Sept`,
  /// which are time words only before a number or with their period.
  case month(Int, abbreviated: Bool)
  /// A weekday and its number, 1 (Monday) – 7 (Sunday); `abbreviated` for
  /// `Tue`.
  case weekday(Int, abbreviated: Bool)
  /// A number word and its number (`two`, `twenty`, `dozen`).
  case cardinal(Int)
  /// An ordinal word and its number (`first`, `fourteenth`).
  case ordinal(Int)
  /// A unit of time, `plural` for `years`.
  case unit(TimeUnit, plural: Bool)
  /// A word that refers vaguely to a time (`now`, `recently`).
  case vague(VagueWord)
  /// `yesterday`, `today`, `tomorrow`, `tonight`.
  case dayReference(DayReference)
  /// `last`, `next`, `this`, ….
  case relative(RelativeWord)
  /// `ago`.
  case ago
  /// An indefinite count (`several`, `few`, `many`, `multiple`, `some`);
  /// `meansAboutBeforeNumber` for `some` (`some 20 years`).
  case indefinite(meansAboutBeforeNumber: Bool)
  /// A modifier before a duration or date (`over`, `nearly`, `about`).
  case modifier(TimexModifier)
  /// An edge of a period and the modifier it gives: the adjectives
  /// `early`, `mid`, `late`, and the nouns that need `of` (`needsOf`):
  /// `beginning`, `start`, `middle`, `end`.
  case edge(TimexModifier, needsOf: Bool)
  /// `every`, `each`.
  case quantifier(Quantifier)
  /// `daily`, `weekly`, `annual`…: once per unit.
  case frequency(TimeUnit)
  /// `once`, `twice`, `thrice` and their count.
  case multiplier(Int)
  /// `times`, after a number (`three times a week`).
  case times
  /// A season.
  case season(Season)
  /// A part of the day.
  case partOfDay(PartOfDay)
  /// `am`, `pm`, `a.m.`, `p.m.`.
  case meridiem(Meridiem)
  /// `noon` (hour 12), `midnight` (hour 0).
  case clockWord(hour: Int)
  /// `the`, `a`, `an`, and the possessives and demonstratives.
  case determiner(Determiner)
  /// A word that joins parts of an expression: `of`, `and`, `than`, `to`,
  /// `at`, `least`, `more`, `less`, `up`, `just`, `per`, `other`, `half`,
  /// `couple`, `recent`, `o'clock`, `year`-like helpers, and prepositions.
  case joiner(Joiner)
  /// A decade word and the decade's tens digit (`sixties`: 6).
  case decadeWord(tens: Int)
  /// A word after which a number is not a year (`Article`, `No.`, `page`).
  case yearBlocker
  /// A noun that counts things, after which a 4-digit number is a quantity
  /// (`people`, `officers`, `km`).
  case countNoun
  /// `weekend`.
  case weekend
  /// `quarter`.
  case quarter
  /// A time zone's abbreviation after a clock time (`EST`, `GMT`, `UTC`) and
  /// its offset from UTC in minutes, when it has one all year (not `ET`,
  /// which is EST or EDT).
  case timeZone(offsetMinutes: Int?)
  /// `fiscal`, `FY`: a company's or government's accounting year.
  case fiscal

  /// A cardinal number word.
  package var isCardinal: Bool { if case .cardinal = self { true } else { false } }
  /// An ordinal word.
  package var isOrdinal: Bool { if case .ordinal = self { true } else { false } }
  /// A determiner of any kind.
  package var isDeterminer: Bool { if case .determiner = self { true } else { false } }
  /// A decade word (`sixties`).
  package var isDecadeWord: Bool { if case .decadeWord = self { true } else { false } }
}

/// The words that refer vaguely to a time (TIMEX3's vague references).
package enum VagueWord: Sendable, Hashable {
  /// `now`, `currently`, `nowadays`, `presently`: the present, alone.
  case now
  /// `recently`, `lately`: the past, alone.
  case recently
  /// `future`: the future, only after `the` (`the future`, `the near future`).
  case future
  /// `present`: the present, only after `the` or `at`.
  case present
}

/// `yesterday`, `today`, `tomorrow`, `tonight`.
package enum DayReference: Sendable, Hashable {
  case yesterday, today, tomorrow, tonight

  /// The day meant, counted from the document's (`tonight` is today's).
  package var dayOffset: Int {
    switch self {
    case .yesterday: -1
    case .today, .tonight: 0
    case .tomorrow: 1
    }
  }
}

/// `every`, `each`: TIMEX3's `quant` of a set.
package enum Quantifier: Sendable, Hashable {
  case every, each

  /// The TIMEX3 `quant` attribute value.
  package var value: String {
    switch self {
    case .every: "EVERY"
    case .each: "EACH"
    }
  }
}

/// `am` or `pm`.
package enum Meridiem: Sendable, Hashable {
  case am, pm

  /// The hour of the 24-hour clock that `hour` (1–12) is.
  package func hourOfDay(_ hour: Int) -> Int {
    switch self {
    case .am: hour == 12 ? 0 : hour
    case .pm: hour < 12 ? hour + 12 : hour
    }
  }
}

/// The determiners the grammar tells apart.
package enum Determiner: Sendable, Hashable {
  /// `the`.
  case the
  /// `a`, `an`: also the count one (`a year`).
  case indefiniteArticle
  /// `these`, `those` and the possessives (`its`, `their`…).
  case demonstrativeOrPossessive
}

/// The vague references of TIMEX3.
package enum VagueReference: Sendable, Hashable {
  case present, past, future

  /// The TIMEX3 value.
  package var value: String {
    switch self {
    case .present: "PRESENT_REF"
    case .past: "PAST_REF"
    case .future: "FUTURE_REF"
    }
  }
}

/// Words that place a period relative to now.
package enum RelativeWord: Sendable, Hashable {
  /// `last`, `previous`: the one before.
  case last
  /// `next`, `coming`, `following`: the one after.
  case next
  /// `this`, `current`: the one containing now.
  case this
  /// `past`: the span just before now.
  case past
  /// `earlier`, `later`: within a period (`earlier this year`).
  case earlier
  case later
}

/// TIMEX3 `mod` values, and what the modifier words map to.
package enum TimexModifier: Sendable, Hashable {
  case moreThan, lessThan, approx, equalOrMore, equalOrLess, start, mid, end

  /// The TIMEX3 `mod` attribute value.
  package var value: String {
    switch self {
    case .moreThan: "MORE_THAN"
    case .lessThan: "LESS_THAN"
    case .approx: "APPROX"
    case .equalOrMore: "EQUAL_OR_MORE"
    case .equalOrLess: "EQUAL_OR_LESS"
    case .start: "START"
    case .mid: "MID"
    case .end: "END"
    }
  }
}

/// The joining words of ``TimeWord/joiner(_:)``, named after the word.
package enum Joiner: Sendable, Hashable {
  case of, and, than, to, at, least, more, less, up, just, per, other, half, couple, recent, oclock, close
  case longer, most, no, past, same
  case `in`, since, by, until, before, after, during, between, from, on, will, near, year, `for`
  /// A past-tense verb or auxiliary (`was`, `had`, `remained`): the nearest
  /// tense cue before an underspecified date says which way it lies.
  case pastTense
  /// A present form of `be` or a verb like it (`is`, `be`, `stays`): a
  /// participle after it (`will be held`, `stays closed`) is no past tense.
  case copula

  /// Whether the word introduces a date (`in May`, `since 1850`, `the
  /// summer of 1850`), so that an ambiguous month name or an early year
  /// after it is a date.
  package var introducesDate: Bool {
    switch self {
    case .in, .since, .by, .until, .before, .after, .during, .between, .from, .to, .of, .and: true
    default: false
    }
  }
}
