/// What the time grammar knows about one word: its class and a small value
/// (a month's number, a number word's value, a unit).
package struct TimeWord: Sendable, Hashable {
  /// The class of a word.
  package enum Kind: UInt8, Sendable {
    /// Not a time word.
    case none
    /// A month name; value 1–12. ``isAbbreviation`` for `Dec`, `Sept`.
    case month
    /// A weekday; value 1 (Monday) – 7 (Sunday).
    case weekday
    /// A number word; value its number (`two`, `twenty`, `dozen`).
    case cardinal
    /// An ordinal word; value its number (`first`, `fourteenth`).
    case ordinal
    /// A unit of time; value a ``TimeUnit``; ``isPlural`` for `years`.
    case unit
    /// A vague reference; value a ``VagueReference``.
    case vague
    /// `today`, `yesterday`, `tomorrow`, `tonight`; value the day offset + 1
    /// (0 yesterday, 1 today, 2 tomorrow, 3 tonight).
    case dayReference
    /// `last`, `next`, `this`, …; value a ``RelativeWord``.
    case relative
    /// `ago`.
    case ago
    /// An indefinite count: `several`, `few`, `many`, `some`.
    case indefinite
    /// A modifier before a duration or date; value a ``TimexModifier``.
    case modifier
    /// `early`, `late`, `mid`, `end`, `beginning`, `start`, `middle`; value a ``TimexModifier``.
    case edge
    /// `every`, `each`.
    case quantifier
    /// `daily`, `weekly`, `annual`…; value a ``TimeUnit``.
    case frequency
    /// `once`, `twice`, `thrice`, `times`; value the count (0 for `times`).
    case times
    /// A season; value 1 spring, 2 summer, 3 autumn/fall, 4 winter.
    case season
    /// A part of the day; value 1 morning, 2 afternoon, 3 evening, 4 night.
    case partOfDay
    /// `am`, `pm`, `a.m.`, `p.m.`; value 0 am, 12 pm.
    case meridiem
    /// `noon` (value 12), `midnight` (value 0).
    case clockWord
    /// `the`, `a`, `an`.
    case determiner
    /// A word that joins parts of an expression: `of`, `and`, `than`, `to`,
    /// `at`, `least`, `more`, `less`, `up`, `just`, `per`, `other`, `half`,
    /// `couple`, `recent`, `o'clock`, `year`-like helpers; value a ``Joiner``.
    case joiner
    /// A decade word (`sixties`); value the decade's tens digit (6).
    case decadeWord
    /// A word after which a number is not a year (`Article`, `No.`, `page`).
    case yearBlocker
    /// A noun that counts things, after which a 4-digit number is a quantity
    /// (`people`, `officers`, `km`).
    case countNoun
    /// `weekend`.
    case weekend
    /// `quarter`.
    case quarter
  }

  /// The class.
  package var kind: Kind
  /// The value, whose meaning depends on the class.
  package var value: Int16
  /// A unit in the plural (`years`).
  package var isPlural: Bool
  /// An abbreviation (`Dec`, `Tue`): only a time word before a number or
  /// with its period.
  package var isAbbreviation: Bool

  package init(_ kind: Kind, _ value: Int16 = 0, plural: Bool = false, abbreviation: Bool = false) {
    self.kind = kind
    self.value = value
    self.isPlural = plural
    self.isAbbreviation = abbreviation
  }

  /// Not a time word.
  package static let none = TimeWord(.none)

  /// The unit of a `.unit` or `.frequency` word.
  package var unit: TimeUnit { TimeUnit(rawValue: UInt8(value)) ?? .day }
}

/// The vague references of TIMEX3.
package enum VagueReference: Int16, Sendable {
  case present = 1, past, future

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
package enum RelativeWord: Int16, Sendable {
  /// `last`, `previous`: the one before.
  case last = 1
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
package enum TimexModifier: Int16, Sendable {
  case moreThan = 1, lessThan, approx, equalOrMore, equalOrLess, start, mid, end

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

/// The joining words of ``TimeWord/Kind/joiner``.
package enum Joiner: Int16, Sendable {
  case of = 1, and, than, to, at, least, more, less, up, just, per, other, half, couple, recent, oclock, close
  case longer, most, no, past, same
  case in_, since, by, until, before, after, during, between, from, on, will, near, year
}
