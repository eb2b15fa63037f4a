/// The rules that split one whitespace-separated chunk into tokens.
///
/// The chunk is peeled from both ends, as in spaCy's tokenizer: at each step
/// the remaining scalars `c[lower..<upper]` are either kept whole (a URL, an
/// e-mail address, an emoticon, an abbreviation with its period), or lose a
/// prefix (an opening quote or bracket, a currency sign), or lose a suffix
/// (punctuation, a closing quote, a clitic such as `n't` or `'s`), or are cut
/// at an infix (a comma or period between two words, a hyphen). Suffixes are
/// stacked and emitted last, in text order.
extension TokenScanner {
  mutating func split(_ c: UnsafeBufferPointer<UInt32>) {
    suffixes.removeAll(keepingCapacity: true)
    if Self.isSymbolRun(c) && !(c.count <= 4 && Abbreviations.key(c, 0..<c.count).map(Self.emoticons.contains) == true) {
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
      case Scalars.hyphen, 0x3D, 0x2B, 0x3C, 0x3E, 0x7C, 0x5F, 0x7E, Scalars.asterisk: continue
      default: return false
      }
    }
    return !(c.count == 2 && c[0] == 0x3C && c[1] == 0x3E)
  }

  /// Splits `c[start..<end]`; the part left of an infix is split by a
  /// recursive call, the part right of it by the same loop.
  private mutating func split(_ c: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) {
    let base = suffixes.count
    var lower = start
    var upper = end
    peeling: while lower < upper {
      switch Self.plainWord(c, lower, upper) {
      case .digitsOrLatinLetters:
        // A number, or a word with accented Latin-1 letters (`José`): no
        // rule below applies.
        emit(c, lower..<upper)
        break peeling
      case .asciiLetters:
        // A plain word, the commonest case: no rule below applies to ASCII
        // letters alone except the emoticon `xd` and the fused contractions
        // (`cannot`), which go through the rules.
        let length = upper - lower
        if length > 8 {
          emit(c, lower..<upper)
          break peeling
        }
        let key = Abbreviations.key(c, lower..<upper) ?? 0
        if !(length <= 4 && Self.emoticons.contains(key)) && Abbreviations.fusedSplit(key) == nil {
          emit(c, lower..<upper)
          break peeling
        }
      case .other: break
      }
      if upper - lower <= 4, let key = Abbreviations.key(c, lower..<upper), Self.emoticons.contains(key) {
        emit(c, lower..<upper, .emoticon)
        break
      }
      if let end = webAddressEnd(c, lower, upper) {
        emit(c, lower..<end)
        lower = end
        continue
      }
      if isFileName(c, lower, upper) {
        // ld2d-#69366-1.DOC, 02-05-02.doc: hyphens in file names stay.
        emit(c, lower..<upper)
        break
      }
      if c[lower] == Scalars.period, let end = fileExtensionEnd(c, lower + 1, upper) {
        // (GISB draft).doc: an extension after a bracketed file name.
        emit(c, lower..<end)
        lower = end
        continue
      }
      if isStandaloneClitic(c, lower, upper) {
        emit(c, lower..<upper)
        break
      }
      if upper - lower >= 6, Abbreviations.key(c, lower..<(lower + 6)) == Self.yahoo,
        Self.isTerminalRun(c, lower + 6, upper)
      {
        // A name that ends in an exclamation mark (Yahoo!), perhaps before
        // the sentence's own mark (Yahoo!?).
        emit(c, lower..<(lower + 6))
        lower += 6
        continue
      }
      if c[upper - 1] == Scalars.period, upper - lower >= 2,
        let flags = abbreviationFeatures(c, lower, upper - 1)
      {
        emit(c, lower..<upper, flags)
        break
      }
      let first = c[lower]
      if Scalars.isTerminal(first) {
        var end = lower + 1
        while end < upper && Scalars.isTerminal(c[end]) { end += 1 }
        if let mark = finalMarkAfterEllipsis(c, lower, end) {
          emit(c, lower..<mark)
          emit(c, mark..<end)
        } else {
          emit(c, lower..<end)
        }
        lower = end
        continue
      }
      if first == Scalars.at && upper - lower > 1 && CharacterClass.of(c[lower + 1]).contains(.digit) {
        // @2.975: "at" a price.
        emit(c, lower..<(lower + 1))
        lower += 1
        continue
      }
      if first == 0x23 && upper - lower > 1 && CharacterClass.of(c[lower + 1]).contains(.letter) {
        // A hashtag: #audiobooks.
        emit(c, lower..<upper)
        break
      }
      if first == 0x2B && upper - lower > 1 && CharacterClass.of(c[lower + 1]).contains(.digit) {
        // A country calling code: +1, +44.
        var end = lower + 1
        while end < upper && CharacterClass.of(c[end]).contains(.digit) { end += 1 }
        emit(c, lower..<end)
        lower = end
        continue
      }
      if Scalars.isApostrophe(first), let end = abbreviatedYearEnd(c, lower, upper) {
        // '72, ’90s.: a year before punctuation.
        emit(c, lower..<end)
        lower = end
        continue
      }
      if Scalars.isOpening(first) || Scalars.isPrefixSymbol(first) {
        var end = lower + 1
        if first == Scalars.leftSingle {
          // ‘’ written for an opening double quote.
          while end < upper && (c[end] == Scalars.leftSingle || c[end] == Scalars.rightSingle) { end += 1 }
        }
        while end < upper && c[end] == first { end += 1 }
        if end - lower == 1 && (first == Scalars.apostrophe || first == Scalars.leftSingle) {
          singleQuoteOpen = true
        }
        emit(c, lower..<end)
        lower = end
        continue
      }
      let last = c[upper - 1]
      if Scalars.isTerminal(last) {
        var start = upper - 1
        while start > lower && Scalars.isTerminal(c[start - 1]) { start -= 1 }
        if upper - start == 2 && c[start] == Scalars.period && start - lower >= 1
          && abbreviationFeatures(c, lower, start) != nil
        {
          // "Inc.." is the abbreviation and the sentence's period; "T.V.?"
          // the abbreviation and a question mark.
          start += 1
        } else if upper - start == 1 && start - lower >= 2
          && (c[start - 1] == Scalars.colon || c[start - 1] == Scalars.comma)
          && CharacterClass.of(c[start - 2]).isAlphanumeric
        {
          // word:? and word,? keep their run of punctuation together.
          start -= 1
        }
        if let mark = finalMarkAfterEllipsis(c, start, upper) {
          // what about downtown...?
          suffixes.append(mark..<upper)
          suffixes.append(start..<mark)
        } else {
          suffixes.append(start..<upper)
        }
        upper = start
        continue
      }
      if let start = emoticonSuffixStart(c, lower, upper) {
        suffixes.append(start..<upper)
        upper = start
        continue
      }
      if Scalars.isApostrophe(last) && !singleQuoteOpen && upper - lower >= 4 && c[upper - 2] == 0x6E
        && c[upper - 3] == 0x69 && CharacterClass.of(c[upper - 4]).contains(.letter)
      {
        // lovin', cookin': the apostrophe stands for a dropped g (unless a
        // single quote is open: 'Language … and Origin').
        emit(c, lower..<upper)
        break
      }
      if Scalars.isClosing(last) || Scalars.isSuffixSymbol(last) {
        var start = upper - 1
        while start > lower && c[start - 1] == last { start -= 1 }
        if Scalars.isApostrophe(last) { singleQuoteOpen = false }
        suffixes.append(start..<upper)
        upper = start
        continue
      }
      if isNegationBeforeArticle(c, lower, upper) {
        // wasn'ta: a missing space between n't and the article a.
        suffixes.append((upper - 1)..<upper)
        suffixes.append((upper - 4)..<(upper - 1))
        upper -= 4
        continue
      }
      if let start = cliticStart(c, lower, upper) {
        suffixes.append(start..<upper)
        upper = start
        continue
      }
      if let start = unitStart(c, lower, upper) {
        // 7:30PM, 5pm, 65k, 50ft: the number and its unit.
        emit(c, lower..<start)
        emit(c, start..<upper)
        break
      }
      if upper - lower == 4 && Scalars.lowercasedASCII(c[lower]) == 0x69 && Scalars.isApostrophe(c[lower + 1])
        && Scalars.lowercasedASCII(c[lower + 2]) == 0x6D && Scalars.lowercasedASCII(c[lower + 3]) == 0x61
      {
        // I'ma: I'm a, with the space left out.
        emit(c, lower..<(lower + 1))
        emit(c, (lower + 1)..<(lower + 3))
        emit(c, (lower + 3)..<upper)
        break
      }
      if let key = Abbreviations.key(c, lower..<upper), let length = Abbreviations.fusedSplit(key) {
        emit(c, lower..<(lower + length))
        emit(c, (lower + length)..<upper)
        break
      }
      if let cut = infix(c, lower, upper) {
        if cut.lowerBound > lower { split(c, lower, cut.lowerBound) }
        // An empty cut only splits (Dr.|Michael).
        if !cut.isEmpty { emit(c, cut) }
        lower = cut.upperBound
        continue
      }
      emit(c, lower..<upper)
      break
    }
    while suffixes.count > base, let suffix = suffixes.popLast() { emit(c, suffix) }
  }

  /// What a span is made of, for the fast paths of ``split(_:_:_:)``.
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
      let folded = scalar | 0x20
      if folded >= 0x61 && folded <= 0x7A {
        letters = true
      } else if scalar >= 0x30 && scalar <= 0x39 {
        digits = true
      } else if scalar >= 0xC0 && scalar <= 0xFF && scalar != 0xD7 && scalar != 0xF7 {
        latin = true
      } else {
        return .other
      }
      index += 1
    }
    if digits { return letters || latin ? .other : .digitsOrLatinLetters }
    return latin ? .digitsOrLatinLetters : .asciiLetters
  }

  // MARK: - Whole tokens

  private static let yahoo = Abbreviations.key("yahoo!")
  private static let etc = Abbreviations.key("etc")

  /// If the terminal run `c[start..<end]` is an ellipsis of periods and one
  /// `?` or `!` (`...?`), where the mark starts: UD splits the two.
  private func finalMarkAfterEllipsis(_ c: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Int? {
    guard end - start >= 4, c[end - 1] == Scalars.question || c[end - 1] == Scalars.exclamation else { return nil }
    for index in start..<(end - 1) where c[index] != Scalars.period { return nil }
    return end - 1
  }

  /// Whether `c[lower..<upper]` is empty or made of `.`, `?`, `!` and `…`
  /// only.
  private static func isTerminalRun(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Bool {
    for index in lower..<upper where !Scalars.isTerminal(c[index]) { return false }
    return true
  }

  /// If an abbreviated year (`'72`, `’90s`) starts at the apostrophe at
  /// `lower` and is followed by the end of the span or punctuation, where it
  /// ends.
  private func abbreviatedYearEnd(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Int? {
    guard upper - lower >= 3, CharacterClass.of(c[lower + 1]).contains(.digit),
      CharacterClass.of(c[lower + 2]).contains(.digit)
    else { return nil }
    var end = lower + 3
    if end < upper && c[end] == 0x73 { end += 1 }
    guard end == upper || !CharacterClass.of(c[end]).isAlphanumeric else { return nil }
    return end
  }

  /// Whether the word ends in `n'ta` after a letter (`wasn'ta`, `isn'ta`).
  private func isNegationBeforeArticle(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Bool {
    upper - lower >= 6 && c[upper - 1] == 0x61 && Scalars.lowercasedASCII(c[upper - 2]) == 0x74
      && Scalars.isApostrophe(c[upper - 3]) && Scalars.lowercasedASCII(c[upper - 4]) == 0x6E
      && CharacterClass.of(c[upper - 5]).contains(.letter)
  }

  /// Emoticons kept as one token (lowercased keys).
  static let emoticons = KeyTable(
    [
      ":)", ":-)", ":(", ":-(", ";)", ";-)", ":d", ":-d", ":p", ":-p", ";p", ";-p", "=)", "=(",
      "(:", ":/", ":-/", ":'(", "<3", "^_^", "^^", ":o", ":-o", "xd", ":]", ":[", ":|", ":-|",
      ":*", ":-*", "-_-", "o_o", ":))", ":((", ":)))", "=d",
    ].map(Abbreviations.key))

  /// If a URL or e-mail address starts at `lower`, where it ends (before any
  /// trailing punctuation).
  private func webAddressEnd(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Int? {
    guard upper - lower >= 5 else { return nil }
    var isAddress = Self.hasPrefix(c, lower, upper, "http://") || Self.hasPrefix(c, lower, upper, "https://")
      || Self.hasPrefix(c, lower, upper, "www.") || Self.hasPrefix(c, lower, upper, "ftp://")
      || Self.hasPrefix(c, lower, upper, "mailto:")
    if !isAddress, CharacterClass.of(c[lower]).isAlphanumeric {
      // name@host: word characters, then @, then an alphanumeric; or
      // host.com/path: a host name with a common top-level domain, then a
      // slash.
      var index = lower
      var lastPeriod = lower
      while index < upper - 1 {
        let scalar = c[index]
        if scalar == Scalars.at {
          isAddress = index > lower && CharacterClass.of(c[index + 1]).isAlphanumeric
          break
        }
        if scalar == Scalars.slash {
          isAddress = lastPeriod > lower && index - lastPeriod > 2
            && Abbreviations.key(c, (lastPeriod + 1)..<index).map(Abbreviations.isTopLevelDomain) == true
          break
        }
        if scalar == Scalars.period { lastPeriod = index }
        guard CharacterClass.of(scalar).isAlphanumeric || scalar == Scalars.period
          || scalar == 0x5F || scalar == Scalars.hyphen || scalar == 0x2B || scalar == 0x25
        else { break }
        index += 1
      }
    }
    guard isAddress else { return nil }
    if upper - lower > 8 && c[upper - 1] == Scalars.period && c[upper - 2] == Scalars.period
      && c[upper - 3] == Scalars.period && c[upper - 4] != Scalars.period && hasPath(c, lower, upper - 3)
    {
      // http://example.blogspot.com/2005/10/some-techniques-to-...: an
      // address cut short by a mail archive keeps its ellipsis.
      return upper
    }
    var end = upper
    while end > lower + 1 {
      let scalar = c[end - 1]
      if Scalars.isTerminal(scalar) || Scalars.isQuote(scalar) || scalar == Scalars.comma
        || scalar == Scalars.semicolon || scalar == Scalars.colon || scalar == 0x29 || scalar == 0x5D
        || scalar == 0x3E
      {
        end -= 1
      } else {
        break
      }
    }
    return end
  }

  /// Whether the address `c[lower..<upper]` has a path: a single slash
  /// after its host name.
  private func hasPath(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Bool {
    var index = lower + 1
    while index < upper - 1 {
      if c[index] == Scalars.slash && c[index - 1] != Scalars.slash && c[index - 1] != Scalars.colon
        && c[index + 1] != Scalars.slash
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// If a file extension (`doc`, `XLS`, `pdf`) starts at `lower`, where it
  /// ends; it must be followed by the end of the span or a non-letter.
  private func fileExtensionEnd(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Int? {
    var end = lower
    while end < upper && end - lower <= 4 && CharacterClass.of(c[end]).isAlphanumeric { end += 1 }
    guard end - lower >= 2, end - lower <= 4, let key = Abbreviations.key(c, lower..<end),
      Abbreviations.isFileExtension(key)
    else { return nil }
    return end
  }

  /// Whether `c[lower..<upper]` is a file name with a known extension made
  /// of letters, digits, `-`, `_`, `#` and periods (`-2-F.doc`,
  /// `ld2d-#69366-1.DOC`).
  private func isFileName(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Bool {
    guard upper - lower >= 5 else { return false }
    var dot = upper - 3
    while dot > upper - 6 && dot > lower && c[dot] != Scalars.period { dot -= 1 }
    guard dot > lower, c[dot] == Scalars.period, fileExtensionEnd(c, dot + 1, upper) == upper else { return false }
    for index in lower..<dot {
      let scalar = c[index]
      guard CharacterClass.of(scalar).isAlphanumeric || scalar == Scalars.hyphen || scalar == 0x5F
        || scalar == 0x23 || scalar == Scalars.period
      else { return false }
    }
    return true
  }

  private static func hasPrefix(
    _ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int, _ prefix: StaticString
  ) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard upper - lower > count else { return false }
    let start = prefix.utf8Start
    for offset in 0..<count where Scalars.lowercasedASCII(c[lower + offset]) != UInt32(start[offset]) {
      return false
    }
    return true
  }

  /// Whether `c[lower..<upper]` is a clitic standing alone: `'s`, `n't`,
  /// `'ll`, `'em`, or a year such as `'90s`.
  private func isStandaloneClitic(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Bool {
    let length = upper - lower
    guard length >= 2, length <= 4 else { return false }
    if Scalars.isApostrophe(c[lower]) {
      if let key = Abbreviations.key(c, (lower + 1)..<upper), Self.clitics.contains(key) { return true }
      // '90s, '99
      var index = lower + 1
      while index < upper && CharacterClass.of(c[index]).contains(.digit) { index += 1 }
      if index - lower == 3 && (index == upper || (index == upper - 1 && c[index] == 0x73)) { return true }
      return false
    }
    return length == 3 && Scalars.lowercasedASCII(c[lower]) == 0x6E && Scalars.isApostrophe(c[lower + 1])
      && Scalars.lowercasedASCII(c[lower + 2]) == 0x74
  }

  private static let clitics = KeyTable(["s", "m", "d", "ll", "re", "ve", "em"].map(Abbreviations.key))

  /// If `c[lower..<end]` followed by a period is an abbreviation or an
  /// initial, the features to record; otherwise `nil`.
  private func abbreviationFeatures(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ end: Int) -> TokenFeatures? {
    let length = end - lower
    let first = CharacterClass.of(c[lower])
    guard first.contains(.letter) else { return nil }
    if length == 1 || (length == 2 && CharacterClass.of(c[lower + 1]).contains(.extender)) {
      // An initial; a lone "I." is the pronoun ending a sentence.
      return first.contains(.upper) && c[lower] != 0x49 ? .initial : nil
    }
    // Letters separated by single periods: U.S, e.g, Ph.D, a.k.a.
    var segments = 1
    var segmentLength = 0
    var dotted = true
    for index in lower..<end {
      let scalar = c[index]
      if scalar == Scalars.period {
        if segmentLength == 0 { dotted = false; break }
        segments += 1
        segmentLength = 0
      } else if CharacterClass.of(scalar).contains(.letter) {
        segmentLength += 1
        if segmentLength > 2 { dotted = false; break }
      } else {
        dotted = false
        break
      }
    }
    let key = Abbreviations.key(c, lower..<end)
    if dotted && segments > 1 && segmentLength > 0 {
      // P.S. and i.e. lead into what follows.
      return key.flatMap(Abbreviations.kind(of:)) == .title ? .title : .abbreviation
    }
    guard let key, let kind = Abbreviations.kind(of: key) else { return nil }
    switch kind {
    case .title: return .title
    case .general: return key == Self.etc ? [.abbreviation, .listEnd] : .abbreviation
    case .beforeNumber: return nextStartsDigit ? .title : nil
    case .capitalized: return first.contains(.upper) ? .abbreviation : nil
    }
  }

  /// Where a clitic suffix (`n't`, `'s`, `'m`, `'d`, `'ll`, `'re`, `'ve`)
  /// starts in a word ending at `upper`, if it has one.
  private func cliticStart(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Int? {
    let length = upper - lower
    guard length >= 3 else { return nil }
    let last = Scalars.lowercasedASCII(c[upper - 1])
    if Scalars.isApostrophe(c[upper - 2]) {
      if last == 0x74 {
        // n't: the n belongs to the clitic (do|n't, ca|n't, wo|n't).
        guard length >= 4, Scalars.lowercasedASCII(c[upper - 3]) == 0x6E,
          CharacterClass.of(c[upper - 4]).contains(.letter)
        else { return nil }
        return upper - 3
      }
      guard last == 0x73 || last == 0x6D || last == 0x64 else { return nil }  // s m d
      // Decades and plurals of numbers keep their 's: 70's, 12's.
      guard CharacterClass.of(c[upper - 3]).contains(.letter) else { return nil }
      return upper - 2
    }
    guard length >= 4, Scalars.isApostrophe(c[upper - 3]) else { return nil }
    let middle = Scalars.lowercasedASCII(c[upper - 2])
    let isClitic =
      (middle == 0x6C && last == 0x6C)  // 'll
      || (middle == 0x72 && last == 0x65)  // 're
      || (middle == 0x76 && last == 0x65)  // 've
    guard isClitic else { return nil }
    guard CharacterClass.of(c[upper - 4]).contains(.letter) else { return nil }
    return upper - 3
  }

  // MARK: - Infixes

  /// The first punctuation inside `c[lower..<upper]` that separates two
  /// tokens, as a chunk range, or `nil` if the span is one token.
  private func infix(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Range<Int>? {
    guard upper - lower >= 3 else { return nil }
    var segmentStart = lower
    var inCode = false
    var index = lower + 1
    while index < upper - 1 {
      let scalar = c[index]
      let previous = CharacterClass.of(c[index - 1])
      let next = CharacterClass.of(c[index + 1])
      switch scalar {
      case Scalars.comma, Scalars.semicolon:
        // technology,trade — but 2,000 stays whole.
        if previous.isAlphanumeric && next.isAlphanumeric
          && !(previous.contains(.digit) && next.contains(.digit))
        {
          return index..<(index + 1)
        }
        // August 11,2000: four digits after a comma are no group of
        // thousands but the next number.
        if scalar == Scalars.comma && previous.contains(.digit) && Self.digitRunLength(c, index + 1, upper) >= 4 {
          return index..<(index + 1)
        }
      case Scalars.period:
        if c[index + 1] == Scalars.period {
          // word...word
          var end = index + 1
          while end < upper && c[end] == Scalars.period { end += 1 }
          if end < upper { return index..<end }
          index = end
          continue
        }
        // Dr.Michael, S.Korea, P.O.Box, Nov.28: an abbreviation or initial
        // glued to the next word keeps its period.
        if isGluedAbbreviation(c, segmentStart, index, upper) {
          return (index + 1)..<(index + 1)
        }
        // clauses.Article: a lowercase word, a period, a capitalized word.
        if previous.contains(.lower) && next.contains(.upper) && index + 2 < upper
          && CharacterClass.of(c[index + 2]).contains(.lower) && index - segmentStart >= 2
          && CharacterClass.of(c[index - 2]).contains(.letter)
        {
          return index..<(index + 1)
        }
        segmentStart = index + 1
      case Scalars.ellipsis, Scalars.emDash:
        return index..<(index + 1)
      case Scalars.hyphen, Scalars.enDash:
        if c[index + 1] == scalar {
          // word--word
          var end = index + 1
          while end < upper && c[end] == scalar { end += 1 }
          return index..<end
        }
        if splitHyphens && c[index - 1] == Scalars.period && next.contains(.letter) && index - lower >= 2
          && CharacterClass.of(c[index - 2]).contains(.letter)
        {
          // U.S.-led, Va.-based: the abbreviation keeps its period.
          return index..<(index + 1)
        }
        if splitHyphens && previous.isAlphanumeric && next.isAlphanumeric && !isNumberWithHyphens(c, lower, upper)
          && !(next.contains(.digit) && (inCode || isCode(c, segmentStart, index)))
        {
          // e-mail, E-commerce, E-Mail — but e-Islami and X-BOX are split.
          let isPrefix = Abbreviations.key(c, segmentStart..<index).map(Abbreviations.isHyphenPrefix) ?? false
            && !(index - segmentStart == 1 && !next.contains(.lower) && !isMail(c, index + 1, upper))
          if !isPrefix { return index..<(index + 1) }
        } else if splitHyphens && next.contains(.digit) {
          inCode = true
        } else if scalar == Scalars.enDash && previous.isAlphanumeric && next.isAlphanumeric {
          return index..<(index + 1)
        }
        segmentStart = index + 1
      case 0x28, 0x29:
        // pdf)(See, body(African, roosters),Roosters — but word(s) stays
        // whole.
        let isPluralMark = scalar == 0x28 && index + 2 < upper && c[index + 2] == 0x29
        if !isPluralMark && (previous.isAlphanumeric || Scalars.isClosing(c[index - 1]))
          && (next.isAlphanumeric || Scalars.isOpening(c[index + 1]) || c[index + 1] == Scalars.period
            || scalar == 0x29 && (c[index + 1] == Scalars.comma || c[index + 1] == Scalars.semicolon))
        {
          return index..<(index + 1)
        }
      case 0x5B, 0x7B:
        // USD[38,000
        if previous.contains(.letter) && next.isAlphanumeric { return index..<(index + 1) }
      case Scalars.question, Scalars.exclamation:
        // room!it, and?December: a missing space after the mark (but a
        // query such as page?id=1 stays whole).
        if previous.contains(.lower) && next.contains(.letter) && index + 2 < upper
          && CharacterClass.of(c[index + 2]).contains(.letter) && !isQuery(c, index + 1, upper)
        {
          return index..<(index + 1)
        }
      case Scalars.colon:
        // Price:3,40, below:<http://… — but 12:48 stays whole.
        if previous.contains(.letter) && (next.isAlphanumeric || c[index + 1] == 0x3C) && index - lower >= 2
          && CharacterClass.of(c[index - 2]).contains(.letter)
        {
          return index..<(index + 1)
        }
        // at 12:Sat: a number, then a capitalized word, is no time of day.
        if previous.contains(.digit) && next.contains(.upper) && index + 2 < upper
          && CharacterClass.of(c[index + 2]).contains(.lower)
        {
          return index..<(index + 1)
        }
      case 0x23:
        // job#0000108806: a number sign between a word and a number.
        if previous.contains(.letter) && next.contains(.digit) { return index..<(index + 1) }
      case Scalars.quote:
        // deaths"among, Julie"<julie@example.com>: a straight double quote
        // glued between a word and what follows.
        if previous.contains(.letter)
          && (next.contains(.letter) || c[index + 1] == 0x3C || c[index + 1] == Scalars.hyphen)
        {
          return index..<(index + 1)
        }
      case Scalars.apostrophe, Scalars.rightSingle:
        // 5'9: feet and inches.
        if previous.contains(.digit) && isFeetAndInches(c, lower, upper, apostrophe: index) {
          return index..<(index + 1)
        }
      case Scalars.slash:
        // 1/2, 24/7 — but the dates 9/11 and 11/28/2000 stay whole.
        if previous.contains(.digit) && next.contains(.digit) && isNumericRatio(c, lower, upper, slash: index) {
          return index..<(index + 1)
        }
        // and/or — but l/c stays whole.
        if previous.contains(.letter) && next.contains(.letter) && index - lower >= 2
          && CharacterClass.of(c[index - 2]).contains(.letter) && index + 2 < upper
          && CharacterClass.of(c[index + 2]).contains(.letter)
        {
          return index..<(index + 1)
        }
      default:
        break
      }
      index += 1
    }
    return nil
  }

  /// Whether the period at `period` ends an abbreviation or initial
  /// `c[start..<period]` glued to a following capitalized word or number
  /// (`Dr.Michael`, `Ft.Worth`, `S.Korea`, `P.O.Box`, `Nov.28`).
  private func isGluedAbbreviation(_ c: UnsafeBufferPointer<UInt32>, _ start: Int, _ period: Int, _ upper: Int) -> Bool {
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
    for index in lower..<upper where c[index] == 0x3D { return true }
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

  private static let mail = Abbreviations.key("mail")

  /// Where an emoticon glued to the end of a word starts (`family:)`).
  private func emoticonSuffixStart(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Int? {
    guard upper - lower >= 3 else { return nil }
    let last = c[upper - 1]
    guard last == 0x29 || last == 0x28 || last == 0x44 || last == 0x50 else { return nil }  // ) ( D P
    var start = upper - 2
    if c[start] == Scalars.hyphen && start > lower { start -= 1 }
    guard c[start] == Scalars.colon || c[start] == Scalars.semicolon, start > lower else { return nil }
    return CharacterClass.of(c[start - 1]).contains(.letter) ? start : nil
  }

  /// Where the unit starts in a number glued to a unit or time of day
  /// (`7:30PM`, `5pm`, `65k`, `50ft`); ordinals such as `14th` are not
  /// split.
  private func unitStart(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Int? {
    guard CharacterClass.of(c[lower]).contains(.digit) else { return nil }
    var index = lower + 1
    while index < upper {
      let scalar = c[index]
      if CharacterClass.of(scalar).contains(.digit) || scalar == Scalars.colon || scalar == Scalars.period
        || scalar == Scalars.comma
      {
        index += 1
      } else {
        break
      }
    }
    guard index < upper, CharacterClass.of(c[index - 1]).contains(.digit) else { return nil }
    if let key = Abbreviations.key(c, index..<upper), Abbreviations.isUnit(key) { return index }
    // A lowercase word glued to a number: 3days, 20minutes, 75watt (but
    // not the suffixes of ordinals and decades: 14th, 1990s).
    guard upper - index >= 3 else { return nil }
    for position in index..<upper where !(c[position] >= 0x61 && c[position] <= 0x7A) { return nil }
    return index
  }

  /// Whether `c[lower..<upper]` is two numbers joined by a slash that do not
  /// read as a date (month/day): a fraction such as `1/2` or `3/4`, or a
  /// ratio or span such as `24/7`, `19/20` or `2001/02`. UD splits those
  /// (`1` `/` `2`) but keeps dates such as `9/11` whole.
  private func isNumericRatio(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int, slash: Int) -> Bool {
    guard slash - lower <= 4, upper - slash - 1 <= 4 else { return false }
    var numerator = 0
    for index in lower..<slash {
      guard CharacterClass.of(c[index]).contains(.digit), c[index] < 0x80 else { return false }
      numerator = numerator * 10 + Int(c[index] - 0x30)
    }
    var denominator = 0
    for index in (slash + 1)..<upper {
      guard CharacterClass.of(c[index]).contains(.digit), c[index] < 0x80 else { return false }
      denominator = denominator * 10 + Int(c[index] - 0x30)
    }
    let isFraction = slash - lower == 1 && upper - slash == 2 && numerator < denominator
    return isFraction || numerator > 12 || denominator > 31 || numerator == 0 || denominator == 0
  }

  /// Whether the apostrophe at `index` separates feet from inches (`5'9`,
  /// `14'2`): UD makes it a token of its own.
  private func isFeetAndInches(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int, apostrophe index: Int) -> Bool {
    let inches = upper - index - 1
    guard index - lower >= 1, index - lower <= 2, inches >= 1, inches <= 2 else { return false }
    for position in lower..<upper where position != index {
      guard c[position] >= 0x30 && c[position] <= 0x39 else { return false }
    }
    return true
  }
}
