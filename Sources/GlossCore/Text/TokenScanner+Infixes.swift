/// The infixes: punctuation inside what is left of a chunk that separates
/// two tokens (`technology,trade`, `word--word`, `and/or`), one rule per
/// convention, chosen by the separator, and the patterns they keep whole
/// (phone numbers, dates, codes, ratios).
extension TokenScanner {
  /// Where the search for an infix in `c[lower..<upper]` has got to.
  struct InfixScan {
    /// The first scalar of the span searched.
    let lower: Int
    /// Just past the last scalar of the span searched.
    let upper: Int
    /// The next scalar to look at.
    var next: Int
    /// Where the segment after the last period or hyphen that stayed starts.
    var segmentStart: Int
    /// Whether a hyphen before a digit stayed (`x3-9890`): a code, whose
    /// later hyphens before digits stay too.
    var inCode = false
  }

  /// A separator candidate: its position, and the classes of the scalars on
  /// either side.
  struct Separator {
    /// Its position in the chunk.
    let index: Int
    /// The scalar.
    let scalar: UInt32
    /// The class of the scalar before it.
    let previous: CharacterClass
    /// The class of the scalar after it.
    let next: CharacterClass

    @inline(__always)
    init(_ c: UnsafeBufferPointer<UInt32>, _ index: Int) {
      self.index = index
      scalar = c[index]
      previous = CharacterClass.of(c[index - 1])
      next = CharacterClass.of(c[index + 1])
    }

    /// The separator alone, as a cut.
    @inline(__always)
    var range: Range<Int> { index..<(index + 1) }
  }

  /// The shortest span with an infix: a scalar either side of it.
  private static let shortestInfixSpan = 3

  /// The first punctuation inside `c[lower..<upper]` that separates two
  /// tokens, as a chunk range, or `nil` if the span is one token. The range
  /// is empty where a token ends without punctuation (`Dr.|Michael`).
  func infix(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Range<Int>? {
    guard upper - lower >= Self.shortestInfixSpan else { return nil }
    var scan = InfixScan(lower: lower, upper: upper, next: lower + 1, segmentStart: lower)
    while scan.next < upper - 1 {
      let index = scan.next
      scan.next += 1
      if let cut = infixCut(c, at: index, &scan) { return cut }
    }
    return nil
  }

  /// The cut the rule of the scalar at `index` makes, if it is a separator
  /// and its rule splits there.
  @inline(__always)
  private func infixCut(_ c: UnsafeBufferPointer<UInt32>, at index: Int, _ scan: inout InfixScan) -> Range<Int>? {
    switch c[index] {
    case Scalars.comma, Scalars.semicolon:
      return cut(c, at: index) { commaBetweenWords($0) || commaBeforeNextNumber(c, $0, scan) }
    case Scalars.period:
      return periodCut(c, Separator(c, index), &scan)
    case Scalars.ellipsis, Scalars.emDash:
      // word…word, word—word
      return index..<(index + 1)
    case Scalars.hyphen, Scalars.enDash:
      return hyphenCut(c, Separator(c, index), &scan)
    case Scalars.leftParenthesis, Scalars.rightParenthesis:
      return cut(c, at: index) { parenthesisBetweenWords(c, $0, scan) }
    case Scalars.leftBracket, Scalars.leftBrace:
      return cut(c, at: index) { openingBracketAfterWord($0) }
    case Scalars.question, Scalars.exclamation:
      return cut(c, at: index) { markWithoutSpaceAfter(c, $0, scan) }
    case Scalars.colon:
      return cut(c, at: index) { colonAfterWord(c, $0, scan) || colonBeforeCapitalizedWord(c, $0, scan) }
    case Scalars.numberSign:
      return cut(c, at: index) { numberSignBeforeNumber($0) }
    case Scalars.quote:
      return cut(c, at: index) { quoteGluedAfterWord(c, $0) }
    case Scalars.apostrophe, Scalars.rightSingle:
      return cut(c, at: index) { apostropheBetweenFeetAndInches(c, $0, scan) }
    case Scalars.slash:
      return cut(c, at: index) { slashInRatio(c, $0, scan) || slashBetweenWords(c, $0, scan) }
    default:
      return nil
    }
  }

  /// The separator at `index` alone as the cut, if its rule `splits` there.
  @inline(__always)
  private func cut(_ c: UnsafeBufferPointer<UInt32>, at index: Int, if splits: (Separator) -> Bool) -> Range<Int>? {
    let separator = Separator(c, index)
    return splits(separator) ? separator.range : nil
  }

  // MARK: - Commas

  /// A comma or semicolon between two words splits (`technology,trade`),
  /// but a group of thousands stays whole (`2,000`).
  @inline(__always)
  private func commaBetweenWords(_ s: Separator) -> Bool {
    s.previous.isAlphanumeric && s.next.isAlphanumeric && !(s.previous.contains(.digit) && s.next.contains(.digit))
  }

  /// Four digits after a comma are no group of thousands but the next
  /// number: `August 11,2000`.
  private func commaBeforeNextNumber(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: InfixScan) -> Bool {
    s.scalar == Scalars.comma && s.previous.contains(.digit)
      && Self.digitRunLength(c, s.index + 1, scan.upper) >= Self.yearLength
  }

  // MARK: - Periods

  /// The rules of a period: an ellipsis between words, an abbreviation
  /// glued to the next word, a missing space between sentences; a period
  /// that stays starts a new segment.
  private func periodCut(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: inout InfixScan) -> Range<Int>? {
    if c[s.index + 1] == Scalars.period { return ellipsisBetweenWords(c, s, &scan) }
    if gluedAbbreviationKeepsPeriod(c, s, scan) { return (s.index + 1)..<(s.index + 1) }
    if periodBetweenSentences(c, s, scan) { return s.range }
    scan.segmentStart = s.index + 1
    return nil
  }

  /// A run of periods between two words splits (`word...word`); at the end
  /// of the span it is left to the suffix rules, and the scan goes on after
  /// it.
  private func ellipsisBetweenWords(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: inout InfixScan)
    -> Range<Int>?
  {
    var end = s.index + 1
    while end < scan.upper && c[end] == Scalars.period { end += 1 }
    if end < scan.upper { return s.index..<end }
    scan.next = end
    return nil
  }

  /// An abbreviation or initial glued to the next word keeps its period,
  /// and the word is cut after it: `Dr.Michael`, `S.Korea`, `P.O.Box`,
  /// `Nov.28`.
  private func gluedAbbreviationKeepsPeriod(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: InfixScan)
    -> Bool
  {
    isGluedAbbreviation(c, scan.segmentStart, s.index, scan.upper)
  }

  /// A period with no space after it between a lowercase word and a
  /// capitalized one ends a sentence: `clauses.Article`.
  private func periodBetweenSentences(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: InfixScan) -> Bool {
    s.previous.contains(.lower) && s.next.contains(.upper) && s.index + 2 < scan.upper
      && CharacterClass.of(c[s.index + 2]).contains(.lower) && s.index - scan.segmentStart >= 2
      && CharacterClass.of(c[s.index - 2]).contains(.letter)
  }

  // MARK: - Hyphens and dashes

  /// The rules of a hyphen or en dash: a run of dashes, an abbreviation
  /// before a hyphen, a hyphen between words, an en dash between words; a
  /// hyphen that stays starts a new segment, and one before a digit starts a
  /// code.
  private func hyphenCut(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: inout InfixScan) -> Range<Int>? {
    if c[s.index + 1] == s.scalar { return dashRunBetweenWords(c, s, scan) }
    if splitHyphens && abbreviationKeepsPeriodBeforeHyphen(c, s, scan) { return s.range }
    if splitHyphens && hyphenBetweenWords(c, s, scan) {
      if !prefixKeepsHyphen(c, s, scan) { return s.range }
    } else if splitHyphens && s.next.contains(.digit) {
      scan.inCode = true
    } else if enDashBetweenWords(s) {
      return s.range
    }
    scan.segmentStart = s.index + 1
    return nil
  }

  /// A run of hyphens or dashes is one token: `word--word`.
  private func dashRunBetweenWords(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: InfixScan) -> Range<Int> {
    var end = s.index + 1
    while end < scan.upper && c[end] == s.scalar { end += 1 }
    return s.index..<end
  }

  /// An abbreviation keeps its period before a hyphen, which splits:
  /// `U.S.-led`, `Va.-based`.
  private func abbreviationKeepsPeriodBeforeHyphen(
    _ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: InfixScan
  ) -> Bool {
    c[s.index - 1] == Scalars.period && s.next.contains(.letter) && s.index - scan.lower >= 2
      && CharacterClass.of(c[s.index - 2]).contains(.letter)
  }

  /// A hyphen between two words or numbers splits (`well-known`), except
  /// where ``phoneNumberOrDateKeepsHyphens(_:_:)`` or
  /// ``codeKeepsHyphenBeforeDigits(_:_:_:)``.
  private func hyphenBetweenWords(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: InfixScan) -> Bool {
    s.previous.isAlphanumeric && s.next.isAlphanumeric && !phoneNumberOrDateKeepsHyphens(c, scan)
      && !codeKeepsHyphenBeforeDigits(c, s, scan)
  }

  /// A phone number, before any punctuation glued to it, or a day-month-year
  /// date keeps its hyphens: `651-7106;Fax`, `01-Feb-02`.
  private func phoneNumberOrDateKeepsHyphens(_ c: UnsafeBufferPointer<UInt32>, _ scan: InfixScan) -> Bool {
    isNumberWithHyphens(c, scan.lower, scan.upper)
  }

  /// A code keeps its hyphens before digits: `x3-9890`, `nmemdrft8-7-01`.
  private func codeKeepsHyphenBeforeDigits(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: InfixScan)
    -> Bool
  {
    s.next.contains(.digit) && (scan.inCode || isCode(c, scan.segmentStart, s.index))
  }

  /// A hyphen after a prefix stays (`e-mail`, `E-commerce`, `E-Mail`), but
  /// not after a single capital before anything but `mail` (`e-Islami` and
  /// `X-BOX` are split).
  private func prefixKeepsHyphen(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: InfixScan) -> Bool {
    Abbreviations.key(c, scan.segmentStart..<s.index).map(Abbreviations.isHyphenPrefix) ?? false
      && !(s.index - scan.segmentStart == 1 && !s.next.contains(.lower) && !isMail(c, s.index + 1, scan.upper))
  }

  /// An en dash between two words or numbers splits, whatever the hyphen
  /// policy: `1990–2000`.
  @inline(__always)
  private func enDashBetweenWords(_ s: Separator) -> Bool {
    s.scalar == Scalars.enDash && s.previous.isAlphanumeric && s.next.isAlphanumeric
  }

  // MARK: - Brackets, marks and symbols

  /// A parenthesis glued between words splits (`pdf)(See`, `body(African`,
  /// `roosters),Roosters`), but a plural mark stays whole (`word(s)`).
  private func parenthesisBetweenWords(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: InfixScan) -> Bool {
    let index = s.index
    let isPluralMark =
      s.scalar == Scalars.leftParenthesis && index + 2 < scan.upper
      && c[index + 2] == Scalars.rightParenthesis
    return !isPluralMark && (s.previous.isAlphanumeric || Scalars.isClosing(c[index - 1]))
      && (s.next.isAlphanumeric || Scalars.isOpening(c[index + 1]) || c[index + 1] == Scalars.period
        || s.scalar == Scalars.rightParenthesis
          && (c[index + 1] == Scalars.comma || c[index + 1] == Scalars.semicolon))
  }

  /// An opening bracket or brace between a word and what follows splits:
  /// `USD[38,000`.
  @inline(__always)
  private func openingBracketAfterWord(_ s: Separator) -> Bool {
    s.previous.contains(.letter) && s.next.isAlphanumeric
  }

  /// A question or exclamation mark with no space after it between words
  /// splits (`room!it`, `and?December`), but a URL query stays whole
  /// (`page?id=1`).
  private func markWithoutSpaceAfter(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: InfixScan) -> Bool {
    s.previous.contains(.lower) && s.next.contains(.letter) && s.index + 2 < scan.upper
      && CharacterClass.of(c[s.index + 2]).contains(.letter) && !isQuery(c, s.index + 1, scan.upper)
  }

  /// A colon after a word splits (`Price:3,40`, `below:<http://…`), but a
  /// time of day stays whole (`12:48`).
  private func colonAfterWord(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: InfixScan) -> Bool {
    s.previous.contains(.letter) && (s.next.isAlphanumeric || c[s.index + 1] == Scalars.lessThan)
      && s.index - scan.lower >= 2 && CharacterClass.of(c[s.index - 2]).contains(.letter)
  }

  /// A colon between a number and a capitalized word is no time of day and
  /// splits: `at 12:Sat`.
  private func colonBeforeCapitalizedWord(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: InfixScan)
    -> Bool
  {
    s.previous.contains(.digit) && s.next.contains(.upper) && s.index + 2 < scan.upper
      && CharacterClass.of(c[s.index + 2]).contains(.lower)
  }

  /// A number sign between a word and a number splits: `job#0000108806`.
  @inline(__always)
  private func numberSignBeforeNumber(_ s: Separator) -> Bool {
    s.previous.contains(.letter) && s.next.contains(.digit)
  }

  /// A straight double quote glued between a word and what follows splits:
  /// `deaths"among`, `Julie"<julie@example.com>`.
  private func quoteGluedAfterWord(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator) -> Bool {
    s.previous.contains(.letter)
      && (s.next.contains(.letter) || c[s.index + 1] == Scalars.lessThan || c[s.index + 1] == Scalars.hyphen)
  }

  /// An apostrophe between feet and inches is a token: `5'9`.
  private func apostropheBetweenFeetAndInches(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: InfixScan)
    -> Bool
  {
    s.previous.contains(.digit) && isFeetAndInches(c, scan.lower, scan.upper, apostrophe: s.index)
  }

  /// A slash between numbers that are no date splits (`1/2`, `24/7`), but
  /// dates stay whole (`9/11`, `11/28/2000`).
  private func slashInRatio(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: InfixScan) -> Bool {
    s.previous.contains(.digit) && s.next.contains(.digit)
      && isNumericRatio(c, scan.lower, scan.upper, slash: s.index)
  }

  /// A slash between words of two letters or more splits (`and/or`), but
  /// an abbreviation stays whole (`l/c`).
  private func slashBetweenWords(_ c: UnsafeBufferPointer<UInt32>, _ s: Separator, _ scan: InfixScan) -> Bool {
    s.previous.contains(.letter) && s.next.contains(.letter) && s.index - scan.lower >= 2
      && CharacterClass.of(c[s.index - 2]).contains(.letter) && s.index + 2 < scan.upper
      && CharacterClass.of(c[s.index + 2]).contains(.letter)
  }

  // MARK: - Patterns kept whole

  /// The length of a year written out, which a comma does not group.
  private static let yearLength = 4

  /// Whether the period at `period` ends an abbreviation or initial
  /// `c[start..<period]` glued to a following capitalized word or number
  /// (`Dr.Michael`, `Ft.Worth`, `S.Korea`, `P.O.Box`, `Nov.28`).
  private func isGluedAbbreviation(_ c: UnsafeBufferPointer<UInt32>, _ start: Int, _ period: Int, _ upper: Int) -> Bool
  {
    guard period > start, period + 2 < upper else { return false }
    let next = CharacterClass.of(c[period + 1])
    let afterNext = CharacterClass.of(c[period + 2])
    if period - start == 1 {
      return CharacterClass.of(c[start]).contains(.upper) && next.contains(.upper) && afterNext.contains(.lower)
    }
    guard let key = Abbreviations.key(c, start..<period), let kind = Abbreviations.kind(of: key) else { return false }
    switch kind {
    case .title, .general:
      return CharacterClass.of(c[start]).contains(.upper)
        && (next.contains(.upper) && afterNext.contains(.lower) || next.contains(.digit))
    case .beforeNumber, .capitalized: return false
    }
  }

  /// Whether `c[lower..<upper]` is a letter followed by letters and digits
  /// (`x3`, `nmemdrft8`): a code, whose hyphens before digits stay
  /// (`x3-9890`, `nmemdrft8-7-01`).
  private func isCode(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Bool {
    guard lower < upper, CharacterClass.of(c[lower]).contains(.letter) else { return false }
    var letters = false
    var digits = false
    for index in lower..<upper {
      let kind = CharacterClass.of(c[index])
      if kind.contains(.letter) { letters = true } else if kind.contains(.digit) { digits = true }
    }
    return letters && digits
  }

  /// Whether `c[lower..<upper]` holds `=`, the mark of a URL query.
  private func isQuery(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Bool {
    for index in lower..<upper where c[index] == Scalars.equals { return true }
    return false
  }

  /// Whether `c[lower..<upper]` is a phone number such as `853-3242`,
  /// `3-5213`, `303-832-8160` or `713/853-6197`: groups of digits joined by
  /// hyphens (the first may end in a slash), the last of four digits, the
  /// first of at most three; or a ZIP+4 code such as `77042-2016`.
  private func isPhoneNumber(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Bool {
    var groups = 0
    var length = 0
    var firstLength = 0
    for index in lower..<upper {
      let scalar = c[index]
      if scalar == Scalars.hyphen || (scalar == Scalars.slash && groups == 0) {
        guard length > 0 else { return false }
        if groups == 0 { firstLength = length }
        groups += 1
        length = 0
      } else if CharacterClass.of(scalar).contains(.digit) {
        length += 1
      } else {
        return false
      }
    }
    // ZIP+4 codes: 77042-2016.
    if groups == 1 && firstLength == 5 && length == 4 { return true }
    return groups >= 1 && groups <= 3 && length == 4 && firstLength <= 3
  }

  /// Whether the run of letters, digits, hyphens and slashes from `lower`
  /// is a phone number or a date, whose hyphens stay (`651-7106;Fax`,
  /// `01-Feb-02`).
  private func isNumberWithHyphens(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Bool {
    let end = Self.hyphenatedRunEnd(c, lower, upper)
    return isPhoneNumber(c, lower, end) || isHyphenatedDate(c, lower, end)
  }

  /// Where the run of letters, digits, hyphens and slashes that starts at
  /// `lower` ends (`651-7106` in `651-7106;Fax`), so that a phone number or
  /// date is recognized before what is glued to it.
  private static func hyphenatedRunEnd(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Int {
    var end = lower
    while end < upper
      && (CharacterClass.of(c[end]).isAlphanumeric || c[end] == Scalars.hyphen || c[end] == Scalars.slash)
    {
      end += 1
    }
    return end
  }

  /// How many digits follow one another from `lower`.
  private static func digitRunLength(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Int {
    var end = lower
    while end < upper && CharacterClass.of(c[end]).contains(.digit) { end += 1 }
    return end - lower
  }

  /// Whether `c[lower..<upper]` is a date written day, month name and year
  /// joined by hyphens (`01-Feb-02`, `7-JUN-2001`): one token, as numeric
  /// dates are (`11-20-2000`, `11/28/2000`).
  private func isHyphenatedDate(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Bool {
    let dayLength = Self.digitRunLength(c, lower, upper)
    guard (1...2).contains(dayLength), lower + dayLength < upper, c[lower + dayLength] == Scalars.hyphen
    else { return false }
    let monthStart = lower + dayLength + 1
    var monthEnd = monthStart
    while monthEnd < upper && CharacterClass.of(c[monthEnd]).contains(.letter) { monthEnd += 1 }
    guard monthEnd - monthStart == 3, monthEnd < upper, c[monthEnd] == Scalars.hyphen,
      let key = Abbreviations.key(c, monthStart..<monthEnd), Abbreviations.isMonth(key)
    else { return false }
    let yearLength = Self.digitRunLength(c, monthEnd + 1, upper)
    return (yearLength == 2 || yearLength == 4) && monthEnd + 1 + yearLength == upper
  }

  /// Whether the letters from `lower` spell `mail` (`E-Mail`, `E-MAILS`),
  /// which keeps the single-letter prefix `e-` whatever its case.
  private func isMail(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Bool {
    var end = lower
    while end < upper && CharacterClass.of(c[end]).contains(.letter) { end += 1 }
    guard end - lower >= 4, let key = Abbreviations.key(c, lower..<(lower + 4)) else { return false }
    return key == Self.mail
  }

  /// `mail`, after which the prefix `e-` keeps its hyphen whatever its case.
  private static let mail = Abbreviations.key("mail")

  /// Whether `c[lower..<upper]` is two numbers joined by a slash that do not
  /// read as a date (month/day): a fraction such as `1/2` or `3/4`, or a
  /// ratio or span such as `24/7`, `19/20` or `2001/02`. UD splits those
  /// (`1` `/` `2`) but keeps dates such as `9/11` whole.
  private func isNumericRatio(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int, slash: Int) -> Bool {
    guard slash - lower <= 4, upper - slash - 1 <= 4 else { return false }
    var numerator = 0
    for index in lower..<slash {
      guard CharacterClass.of(c[index]).contains(.digit), c[index] < Scalars.asciiEnd else { return false }
      numerator = numerator * 10 + Int(c[index] - Scalars.digitZero)
    }
    var denominator = 0
    for index in (slash + 1)..<upper {
      guard CharacterClass.of(c[index]).contains(.digit), c[index] < Scalars.asciiEnd else { return false }
      denominator = denominator * 10 + Int(c[index] - Scalars.digitZero)
    }
    let isFraction = slash - lower == 1 && upper - slash == 2 && numerator < denominator
    return isFraction || numerator > 12 || denominator > 31 || numerator == 0 || denominator == 0
  }

  /// Whether the apostrophe at `index` separates feet from inches (`5'9`,
  /// `14'2`): UD makes it a token of its own.
  private func isFeetAndInches(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int, apostrophe index: Int)
    -> Bool
  {
    let inches = upper - index - 1
    guard index - lower >= 1, index - lower <= 2, inches >= 1, inches <= 2 else { return false }
    for position in lower..<upper where position != index {
      guard Scalars.isASCIIDigit(c[position]) else { return false }
    }
    return true
  }
}
