/// The rules that split one whitespace-separated chunk into tokens.
///
/// The chunk is peeled from both ends, as in spaCy's tokenizer: at each step
/// the rules of ``applyFirstRule(_:_:)`` are tried in order on the scalars
/// left, `c[lower..<upper]`, and the first that applies either keeps them
/// whole (a URL, an e-mail address, an emoticon, an abbreviation with its
/// period), or peels off a prefix (an opening quote or bracket, a currency
/// sign) or a suffix (punctuation, a closing quote, a clitic such as `n't` or
/// `'s`), or cuts them at an infix (a comma or period between two words, a
/// hyphen; see `TokenScanner+Infixes.swift`). Suffixes are stacked and
/// emitted last, in text order. The order of the rules is their semantics:
/// an earlier rule shadows a later one.
extension TokenScanner {
  /// The scalars of a chunk that no rule has taken yet: `c[lower..<upper]`.
  struct Remainder {
    /// The first scalar left.
    var lower: Int
    /// Just past the last scalar left.
    var upper: Int

    /// How many scalars are left.
    @inline(__always)
    var count: Int { upper - lower }
  }

  /// What a rule that applies did with the ``Remainder``.
  enum Step {
    /// It emitted all that was left: the chunk is done.
    case finished
    /// It took a token off the front or stacked a suffix off the back: the
    /// rules start again, from the first, on what is left.
    case peeled
  }

  /// Splits the chunk `c` into tokens.
  mutating func split(_ c: UnsafeBufferPointer<UInt32>) {
    suffixes.removeAll(keepingCapacity: true)
    if Self.isSymbolRun(c) && !Self.isEmoticon(c, 0, c.count) {
      emit(c, 0..<c.count)
      return
    }
    split(c, 0, c.count)
  }

  /// Whether the chunk is a rule or arrow drawn with symbols (`-----`,
  /// `===>`, `|----+--->`, `->`), which is one token; `<>` is two.
  private static func isSymbolRun(_ c: UnsafeBufferPointer<UInt32>) -> Bool {
    guard c.count >= 2 else { return false }
    for scalar in c {
      switch scalar {
      case Scalars.hyphen, Scalars.equals, Scalars.plus, Scalars.lessThan, Scalars.greaterThan, Scalars.verticalBar,
        Scalars.underscore, Scalars.tilde, Scalars.asterisk:
        continue
      default: return false
      }
    }
    return !(c.count == 2 && c[0] == Scalars.lessThan && c[1] == Scalars.greaterThan)
  }

  /// Splits `c[start..<end]`; the part left of an infix is split by a
  /// recursive call, the part right of it by the same loop.
  mutating func split(_ c: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) {
    let base = suffixes.count
    var rest = Remainder(lower: start, upper: end)
    while rest.lower < rest.upper, applyFirstRule(c, &rest) == .peeled {}
    while suffixes.count > base, let suffix = suffixes.popLast() { emit(c, suffix) }
  }

  /// Applies the first rule that fits what is left of the chunk, in this
  /// order; the last one always applies.
  @inline(__always)
  private mutating func applyFirstRule(_ c: UnsafeBufferPointer<UInt32>, _ rest: inout Remainder) -> Step {
    // Whole tokens and prefixes, read from the front.
    if let step = plainWordStaysWhole(c, rest) { return step }
    if let step = emoticonStaysWhole(c, rest) { return step }
    if let step = webAddressBeforeItsPunctuation(c, &rest) { return step }
    if let step = fileNameKeepsHyphens(c, rest) { return step }
    if let step = extensionAfterBracketedFileName(c, &rest) { return step }
    if let step = standaloneCliticStaysWhole(c, rest) { return step }
    if let step = nameKeepsExclamationMark(c, &rest) { return step }
    if let step = abbreviationKeepsPeriod(c, rest) { return step }
    if let step = leadingMarksSplitOff(c, &rest) { return step }
    if let step = atBeforePriceSplitsOff(c, &rest) { return step }
    if let step = hashtagStaysWhole(c, rest) { return step }
    if let step = callingCodeSplitsOff(c, &rest) { return step }
    if let step = abbreviatedYearBeforePunctuation(c, &rest) { return step }
    if let step = openingQuoteOrSymbolSplitsOff(c, &rest) { return step }
    // Suffixes, read from the back.
    if let step = trailingMarksSplitOff(c, &rest) { return step }
    if let step = emoticonAfterWordSplitsOff(c, &rest) { return step }
    if let step = droppedGKeepsApostrophe(c, rest) { return step }
    if let step = closingQuoteOrSymbolSplitsOff(c, &rest) { return step }
    if let step = negationBeforeArticleSplitsOff(c, &rest) { return step }
    if let step = cliticSplitsOff(c, &rest) { return step }
    // Words made of two tokens, then infixes.
    if let step = numberSplitsFromUnit(c, rest) { return step }
    if let step = imaIsThreeTokens(c, rest) { return step }
    if let step = fusedContractionSplits(c, rest) { return step }
    if let step = cutAtInfix(c, &rest) { return step }
    return restStaysWhole(c, rest)
  }

  // MARK: - Whole tokens and prefixes

  /// A number, a word with accented Latin-1 letters (`José`) or a plain
  /// ASCII word, the commonest cases, stays whole: no rule below applies to
  /// them, except to the emoticon `xd` and the fused contractions
  /// (`cannot`), which go on to the rules.
  @inline(__always)
  private mutating func plainWordStaysWhole(_ c: UnsafeBufferPointer<UInt32>, _ rest: Remainder) -> Step? {
    switch Self.plainWord(c, rest.lower, rest.upper) {
    case .digitsOrLatinLetters:
      break
    case .asciiLetters:
      if rest.count <= Self.longestSpecialWord {
        let key = Abbreviations.key(c, rest.lower..<rest.upper) ?? 0
        let isEmoticon = rest.count <= Self.longestEmoticon && Self.emoticons.contains(key)
        if isEmoticon || Abbreviations.fusedSplit(key) != nil { return nil }
      }
    case .other:
      return nil
    }
    emit(c, rest.lower..<rest.upper)
    return .finished
  }

  /// An emoticon stays whole (`:-)`, `<3`, `xd`).
  private mutating func emoticonStaysWhole(_ c: UnsafeBufferPointer<UInt32>, _ rest: Remainder) -> Step? {
    guard Self.isEmoticon(c, rest.lower, rest.upper) else { return nil }
    emit(c, rest.lower..<rest.upper, .emoticon)
    return .finished
  }

  /// A URL or an e-mail address is one token, without the punctuation after
  /// it.
  private mutating func webAddressBeforeItsPunctuation(
    _ c: UnsafeBufferPointer<UInt32>, _ rest: inout Remainder
  ) -> Step? {
    guard let end = webAddressEnd(c, rest.lower, rest.upper) else { return nil }
    return emitPrefix(c, upTo: end, &rest)
  }

  /// A file name keeps its hyphens: `ld2d-#69366-1.DOC`, `02-05-02.doc`.
  private mutating func fileNameKeepsHyphens(_ c: UnsafeBufferPointer<UInt32>, _ rest: Remainder) -> Step? {
    guard isFileName(c, rest.lower, rest.upper) else { return nil }
    emit(c, rest.lower..<rest.upper)
    return .finished
  }

  /// An extension after a bracketed file name is one token with its period:
  /// `(GISB draft).doc`.
  private mutating func extensionAfterBracketedFileName(
    _ c: UnsafeBufferPointer<UInt32>, _ rest: inout Remainder
  ) -> Step? {
    guard c[rest.lower] == Scalars.period, let end = fileExtensionEnd(c, rest.lower + 1, rest.upper) else {
      return nil
    }
    return emitPrefix(c, upTo: end, &rest)
  }

  /// A clitic standing alone stays whole: `'s`, `n't`, `'ll`, `'90s`.
  private mutating func standaloneCliticStaysWhole(_ c: UnsafeBufferPointer<UInt32>, _ rest: Remainder) -> Step? {
    guard isStandaloneClitic(c, rest.lower, rest.upper) else { return nil }
    emit(c, rest.lower..<rest.upper)
    return .finished
  }

  /// A name that ends in an exclamation mark keeps it (`Yahoo!`), perhaps
  /// before the sentence's own mark (`Yahoo!?`).
  private mutating func nameKeepsExclamationMark(_ c: UnsafeBufferPointer<UInt32>, _ rest: inout Remainder) -> Step? {
    let nameEnd = rest.lower + Self.yahooLength
    guard rest.count >= Self.yahooLength, Abbreviations.key(c, rest.lower..<nameEnd) == Self.yahoo,
      Self.isTerminalRun(c, nameEnd, rest.upper)
    else { return nil }
    return emitPrefix(c, upTo: nameEnd, &rest)
  }

  /// An abbreviation or an initial keeps its period, and is marked for the
  /// sentence splitter: `Inc.`, `U.S.`, `J.`.
  private mutating func abbreviationKeepsPeriod(_ c: UnsafeBufferPointer<UInt32>, _ rest: Remainder) -> Step? {
    guard c[rest.upper - 1] == Scalars.period, rest.count >= 2,
      let flags = abbreviationFeatures(c, rest.lower, rest.upper - 1)
    else { return nil }
    emit(c, rest.lower..<rest.upper, flags)
    return .finished
  }

  /// A run of `.`, `?`, `!` or `…` at the front is one token, except that
  /// an ellipsis of periods and its final mark are two (`...?`).
  private mutating func leadingMarksSplitOff(_ c: UnsafeBufferPointer<UInt32>, _ rest: inout Remainder) -> Step? {
    guard Scalars.isTerminal(c[rest.lower]) else { return nil }
    var end = rest.lower + 1
    while end < rest.upper && Scalars.isTerminal(c[end]) { end += 1 }
    if let mark = finalMarkAfterEllipsis(c, rest.lower, end) {
      emit(c, rest.lower..<mark)
      rest.lower = mark
    }
    return emitPrefix(c, upTo: end, &rest)
  }

  /// `@` before a number means "at" a price and is a token: `@2.975`.
  private mutating func atBeforePriceSplitsOff(_ c: UnsafeBufferPointer<UInt32>, _ rest: inout Remainder) -> Step? {
    guard c[rest.lower] == Scalars.at, rest.count > 1, CharacterClass.of(c[rest.lower + 1]).contains(.digit) else {
      return nil
    }
    return emitPrefix(c, upTo: rest.lower + 1, &rest)
  }

  /// A hashtag stays whole: `#audiobooks`.
  private mutating func hashtagStaysWhole(_ c: UnsafeBufferPointer<UInt32>, _ rest: Remainder) -> Step? {
    guard c[rest.lower] == Scalars.numberSign, rest.count > 1, CharacterClass.of(c[rest.lower + 1]).contains(.letter)
    else { return nil }
    emit(c, rest.lower..<rest.upper)
    return .finished
  }

  /// A country calling code is one token with its plus sign: `+1`, `+44`.
  private mutating func callingCodeSplitsOff(_ c: UnsafeBufferPointer<UInt32>, _ rest: inout Remainder) -> Step? {
    guard c[rest.lower] == Scalars.plus, rest.count > 1, CharacterClass.of(c[rest.lower + 1]).contains(.digit) else {
      return nil
    }
    var end = rest.lower + 1
    while end < rest.upper && CharacterClass.of(c[end]).contains(.digit) { end += 1 }
    return emitPrefix(c, upTo: end, &rest)
  }

  /// A year abbreviated with an apostrophe keeps it before punctuation:
  /// `'72,`, `’90s.`.
  private mutating func abbreviatedYearBeforePunctuation(
    _ c: UnsafeBufferPointer<UInt32>, _ rest: inout Remainder
  ) -> Step? {
    guard Scalars.isApostrophe(c[rest.lower]), let end = abbreviatedYearEnd(c, rest.lower, rest.upper) else {
      return nil
    }
    return emitPrefix(c, upTo: end, &rest)
  }

  /// An opening bracket or quote, or a symbol such as a currency sign,
  /// splits off the front, a run of the same one as one token (`((`, `‘’`
  /// written for an opening double quote); a lone opening single quote is
  /// remembered for ``droppedGKeepsApostrophe(_:_:)``.
  private mutating func openingQuoteOrSymbolSplitsOff(
    _ c: UnsafeBufferPointer<UInt32>, _ rest: inout Remainder
  ) -> Step? {
    let first = c[rest.lower]
    guard Scalars.isOpening(first) || Scalars.isPrefixSymbol(first) else { return nil }
    var end = rest.lower + 1
    if first == Scalars.leftSingle {
      while end < rest.upper && (c[end] == Scalars.leftSingle || c[end] == Scalars.rightSingle) { end += 1 }
    }
    while end < rest.upper && c[end] == first { end += 1 }
    if end - rest.lower == 1 && (first == Scalars.apostrophe || first == Scalars.leftSingle) {
      singleQuoteOpen = true
    }
    return emitPrefix(c, upTo: end, &rest)
  }

  // MARK: - Suffixes

  /// A run of `.`, `?`, `!` or `…` at the end splits off, except that an
  /// abbreviation keeps its period before the sentence's (`Inc..`, `T.V.?`),
  /// `word:?` and `word,?` keep their punctuation together, and an ellipsis
  /// of periods and its final mark are two tokens (`downtown...?`).
  private mutating func trailingMarksSplitOff(_ c: UnsafeBufferPointer<UInt32>, _ rest: inout Remainder) -> Step? {
    guard Scalars.isTerminal(c[rest.upper - 1]) else { return nil }
    var start = rest.upper - 1
    while start > rest.lower && Scalars.isTerminal(c[start - 1]) { start -= 1 }
    if rest.upper - start == 2 && c[start] == Scalars.period && start - rest.lower >= 1
      && abbreviationFeatures(c, rest.lower, start) != nil
    {
      start += 1
    } else if rest.upper - start == 1 && start - rest.lower >= 2
      && (c[start - 1] == Scalars.colon || c[start - 1] == Scalars.comma)
      && CharacterClass.of(c[start - 2]).isAlphanumeric
    {
      start -= 1
    }
    if let mark = finalMarkAfterEllipsis(c, start, rest.upper) {
      suffixes.append(mark..<rest.upper)
      rest.upper = mark
    }
    return stackSuffix(from: start, &rest)
  }

  /// An emoticon glued to the end of a word splits off: `family:)`.
  private mutating func emoticonAfterWordSplitsOff(_ c: UnsafeBufferPointer<UInt32>, _ rest: inout Remainder) -> Step? {
    guard let start = emoticonSuffixStart(c, rest.lower, rest.upper) else { return nil }
    return stackSuffix(from: start, &rest)
  }

  /// An apostrophe after `-in` stands for a dropped g and stays (`lovin'`,
  /// `cookin'`), unless a single quote is open (`'Language … and Origin'`).
  private mutating func droppedGKeepsApostrophe(_ c: UnsafeBufferPointer<UInt32>, _ rest: Remainder) -> Step? {
    let upper = rest.upper
    guard
      Scalars.isApostrophe(c[upper - 1]) && !singleQuoteOpen && rest.count >= 4 && c[upper - 2] == Scalars.smallN
        && c[upper - 3] == Scalars.smallI && CharacterClass.of(c[upper - 4]).contains(.letter)
    else { return nil }
    emit(c, rest.lower..<upper)
    return .finished
  }

  /// A closing bracket or quote, or a symbol such as `%` or `,`, splits off
  /// the end, a run of the same one as one token; an apostrophe closes an
  /// open single quote.
  private mutating func closingQuoteOrSymbolSplitsOff(
    _ c: UnsafeBufferPointer<UInt32>, _ rest: inout Remainder
  ) -> Step? {
    let last = c[rest.upper - 1]
    guard Scalars.isClosing(last) || Scalars.isSuffixSymbol(last) else { return nil }
    var start = rest.upper - 1
    while start > rest.lower && c[start - 1] == last { start -= 1 }
    if Scalars.isApostrophe(last) { singleQuoteOpen = false }
    return stackSuffix(from: start, &rest)
  }

  /// `n't` glued to the article `a` is two suffixes: `wasn'ta`.
  private mutating func negationBeforeArticleSplitsOff(
    _ c: UnsafeBufferPointer<UInt32>, _ rest: inout Remainder
  ) -> Step? {
    guard isNegationBeforeArticle(c, rest.lower, rest.upper) else { return nil }
    let article = rest.upper - 1
    suffixes.append(article..<rest.upper)
    rest.upper = article
    return stackSuffix(from: article - Self.negationLength, &rest)
  }

  /// A clitic splits off the end of a word: `do|n't`, `John|'s`, `we|'ll`.
  private mutating func cliticSplitsOff(_ c: UnsafeBufferPointer<UInt32>, _ rest: inout Remainder) -> Step? {
    guard let start = cliticStart(c, rest.lower, rest.upper) else { return nil }
    return stackSuffix(from: start, &rest)
  }

  // MARK: - Words of several tokens

  /// A number glued to its unit or time of day is two tokens: `7:30PM`,
  /// `5pm`, `65k`, `50ft`.
  private mutating func numberSplitsFromUnit(_ c: UnsafeBufferPointer<UInt32>, _ rest: Remainder) -> Step? {
    guard let start = unitStart(c, rest.lower, rest.upper) else { return nil }
    emit(c, rest.lower..<start)
    emit(c, start..<rest.upper)
    return .finished
  }

  /// `I'ma` is `I'm a` with the space left out: `I` `'m` `a`.
  private mutating func imaIsThreeTokens(_ c: UnsafeBufferPointer<UInt32>, _ rest: Remainder) -> Step? {
    let lower = rest.lower
    guard
      rest.count == 4 && Scalars.lowercasedASCII(c[lower]) == Scalars.smallI && Scalars.isApostrophe(c[lower + 1])
        && Scalars.lowercasedASCII(c[lower + 2]) == Scalars.smallM
        && Scalars.lowercasedASCII(c[lower + 3]) == Scalars.smallA
    else { return nil }
    emit(c, lower..<(lower + 1))
    emit(c, (lower + 1)..<(lower + 3))
    emit(c, (lower + 3)..<rest.upper)
    return .finished
  }

  /// A fused contraction is two tokens: `can|not`, `gon|na`.
  private mutating func fusedContractionSplits(_ c: UnsafeBufferPointer<UInt32>, _ rest: Remainder) -> Step? {
    guard let key = Abbreviations.key(c, rest.lower..<rest.upper), let length = Abbreviations.fusedSplit(key) else {
      return nil
    }
    emit(c, rest.lower..<(rest.lower + length))
    emit(c, (rest.lower + length)..<rest.upper)
    return .finished
  }

  /// Punctuation between two tokens (``infix(_:_:_:)``) is cut out: the
  /// part before it is split on its own, the part after it is what is left.
  private mutating func cutAtInfix(_ c: UnsafeBufferPointer<UInt32>, _ rest: inout Remainder) -> Step? {
    guard let cut = infix(c, rest.lower, rest.upper) else { return nil }
    if cut.lowerBound > rest.lower { split(c, rest.lower, cut.lowerBound) }
    // An empty cut only splits (Dr.|Michael).
    if !cut.isEmpty { emit(c, cut) }
    rest.lower = cut.upperBound
    return .peeled
  }

  /// What no rule splits is one token.
  private mutating func restStaysWhole(_ c: UnsafeBufferPointer<UInt32>, _ rest: Remainder) -> Step {
    emit(c, rest.lower..<rest.upper)
    return .finished
  }

  // MARK: - Taking tokens off

  /// Emits `c[rest.lower..<end]` and moves past it.
  @inline(__always)
  private mutating func emitPrefix(_ c: UnsafeBufferPointer<UInt32>, upTo end: Int, _ rest: inout Remainder) -> Step {
    emit(c, rest.lower..<end)
    rest.lower = end
    return .peeled
  }

  /// Stacks `c[start..<rest.upper]` as a suffix, emitted after what is
  /// left, and moves before it.
  @inline(__always)
  private mutating func stackSuffix(from start: Int, _ rest: inout Remainder) -> Step {
    suffixes.append(start..<rest.upper)
    rest.upper = start
    return .peeled
  }

  // MARK: - Plain words

  /// The longest ASCII word that may be an emoticon or a fused contraction
  /// (`gonna`, `cannot`); longer ones skip the look-ups.
  private static let longestSpecialWord = 8
  /// The longest emoticon.
  private static let longestEmoticon = 4
  /// `yahoo!`, the name that keeps its exclamation mark.
  private static let yahoo = Abbreviations.key("yahoo!")
  private static let yahooLength = 6
  /// The length of `n't`.
  private static let negationLength = 3

  /// Whether `c[lower..<upper]` is an emoticon (``emoticons``).
  @inline(__always)
  private static func isEmoticon(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Bool {
    guard upper - lower <= longestEmoticon, let key = Abbreviations.key(c, lower..<upper) else { return false }
    return emoticons.contains(key)
  }

  /// What a span is made of, for ``plainWordStaysWhole(_:_:)``.
  private enum PlainWord {
    /// ASCII letters only.
    case asciiLetters
    /// ASCII digits only, or letters only with some of Latin-1's accented
    /// letters (`José`, `Zoë`).
    case digitsOrLatinLetters
    /// Anything else: punctuation, symbols, letters and digits mixed, other
    /// scripts.
    case other
  }

  @inline(__always)
  private static func plainWord(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> PlainWord {
    var letters = false
    var digits = false
    var latin = false
    var index = lower
    while index < upper {
      let scalar = c[index]
      if Scalars.isASCIILetter(scalar) {
        letters = true
      } else if Scalars.isASCIIDigit(scalar) {
        digits = true
      } else if Scalars.isLatin1Letter(scalar) {
        latin = true
      } else {
        return .other
      }
      index += 1
    }
    if digits { return letters || latin ? .other : .digitsOrLatinLetters }
    return latin ? .digitsOrLatinLetters : .asciiLetters
  }
}
