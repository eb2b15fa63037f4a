/// One token as the time grammar sees it: where it is, its word class, and
/// for numbers their shape and value, computed once from the bytes.
package struct TimeToken: Sendable, Hashable {
  /// The shape of a token.
  package enum Shape: UInt8, Sendable {
    /// A word (letters, maybe periods or an apostrophe).
    case word
    /// Plain digits: ``number``, ``digits`` of them.
    case number
    /// Digits grouped with commas (`2,000`) or with a decimal point: a quantity.
    case quantity
    /// Digits and an ordinal suffix (`14th`): ``number``.
    case ordinalNumber
    /// A decade (`1960s` → ``number`` 196; `60s` → 6 with ``digits`` 2,
    /// ``third`` 2 when written `'60s`; `1800s` → 18 with ``third`` 1).
    case decade
    /// A time of day `12:48`: ``number`` hours, ``second`` minutes.
    case clock
    /// `2024-11-10` or `2024-11` or `11/28/2000`: ``number`` year, ``second``
    /// month, ``third`` day (0 when absent).
    case calendarDate
    /// `1996-2000` or `1996-97`: ``number`` and ``second`` the two years.
    case yearRange
    /// `two-year`, `24-hour`: ``number`` of ``unit`` (as an adjective).
    case numberUnit
    /// `decades-long`, `year-long`: ``number`` (0 for unknown) of ``unit``.
    case unitLong
    /// `mid-2024`, `mid-June`, `mid-1990s`: ``number`` year, or ``second``
    /// month, or ``third`` decade.
    case mid
    /// `third-quarter`, `first-half`: the ordinal in ``number``, the period
    /// in ``unit`` (`.month` for a quarter's three, `.year` for a half).
    case ordinalPeriod
    /// `FY2019`, `FY19`: the fiscal year in ``number``.
    case fiscalYear
    /// One punctuation character: ``punctuation``.
    case punctuation
    /// Anything else.
    case other
  }

  /// The scalar range in the text.
  package var start: Int
  package var end: Int
  /// The word class, for words.
  package var word: TimeWord
  /// The shape.
  package var shape: Shape
  /// Values whose meaning the shape gives.
  package var number: Int = 0
  package var second: Int = 0
  package var third: Int = 0
  /// The value of a plain number or a quantity (`2,000`, `1.5`).
  package var amount: Double = 0
  /// How many digits a plain number or decade has.
  package var digits: Int = 0
  /// The unit of `numberUnit` and `unitLong` shapes.
  package var unit: TimeUnit = .day
  /// The character of a punctuation token.
  package var punctuation: UInt8 = 0
  /// Starts with an uppercase letter.
  package var isCapitalized = false
  /// Ends with a period (`Dec.`).
  package var hasPeriod = false
  /// Is all uppercase (`PM`, `MAY`).
  package var isUppercase = false

  package init(start: Int, end: Int, word: TimeWord = .unknown, shape: Shape) {
    self.start = start
    self.end = end
    self.word = word
    self.shape = shape
  }

  /// The scalar range.
  package var range: Range<Int> { start..<end }

  /// Whether the token is the punctuation `character`.
  @inline(__always)
  package func isPunctuation(_ character: UInt8) -> Bool {
    shape == .punctuation && punctuation == character
  }

  /// Whether it is the joiner `joiner`.
  @inline(__always)
  package func isJoiner(_ joiner: Joiner) -> Bool {
    word == .joiner(joiner)
  }

  /// A 4-digit number that could be a year.
  package var isYearShaped: Bool { shape == .number && digits == 4 && number >= 1000 && number <= 2099 }
}
