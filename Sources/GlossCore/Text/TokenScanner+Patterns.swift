/// The patterns the splitting rules of `TokenScanner+Rules.swift` look
/// for in what is left of a chunk: web addresses, file names, abbreviations,
/// clitics, emoticons, numbers with units.
extension TokenScanner {
  /// `etc`, the abbreviation that ends a list.
  private static let etc = Abbreviations.key("etc")

  /// If the terminal run `c[start..<end]` is an ellipsis of periods and one
  /// `?` or `!` (`...?`), where the mark starts: UD splits the two.
  func finalMarkAfterEllipsis(_ c: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Int? {
    guard end - start >= 4, c[end - 1] == Scalars.question || c[end - 1] == Scalars.exclamation else { return nil }
    for index in start..<(end - 1) where c[index] != Scalars.period { return nil }
    return end - 1
  }

  /// Whether `c[lower..<upper]` is empty or made of `.`, `?`, `!` and `…`
  /// only.
  static func isTerminalRun(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Bool {
    for index in lower..<upper where !Scalars.isTerminal(c[index]) { return false }
    return true
  }

  /// If an abbreviated year (`'72`, `’90s`) starts at the apostrophe at
  /// `lower` and is followed by the end of the span or punctuation, where it
  /// ends.
  func abbreviatedYearEnd(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Int? {
    guard upper - lower >= 3, CharacterClass.of(c[lower + 1]).contains(.digit),
      CharacterClass.of(c[lower + 2]).contains(.digit)
    else { return nil }
    var end = lower + 3
    if end < upper && c[end] == Scalars.smallS { end += 1 }
    guard end == upper || !CharacterClass.of(c[end]).isAlphanumeric else { return nil }
    return end
  }

  /// Whether the word ends in `n'ta` after a letter (`wasn'ta`, `isn'ta`).
  func isNegationBeforeArticle(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Bool {
    upper - lower >= 6 && c[upper - 1] == Scalars.smallA && Scalars.lowercasedASCII(c[upper - 2]) == Scalars.smallT
      && Scalars.isApostrophe(c[upper - 3]) && Scalars.lowercasedASCII(c[upper - 4]) == Scalars.smallN
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
  func webAddressEnd(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Int? {
    guard upper - lower >= 5 else { return nil }
    var isAddress =
      Self.hasPrefix(c, lower, upper, "http://") || Self.hasPrefix(c, lower, upper, "https://")
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
          isAddress =
            lastPeriod > lower && index - lastPeriod > 2
            && Abbreviations.key(c, (lastPeriod + 1)..<index).map(Abbreviations.isTopLevelDomain) == true
          break
        }
        if scalar == Scalars.period { lastPeriod = index }
        guard
          CharacterClass.of(scalar).isAlphanumeric || scalar == Scalars.period
            || scalar == Scalars.underscore || scalar == Scalars.hyphen || scalar == Scalars.plus
            || scalar == Scalars.percent
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
        || scalar == Scalars.semicolon || scalar == Scalars.colon || scalar == Scalars.rightParenthesis
        || scalar == Scalars.rightBracket || scalar == Scalars.greaterThan
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
  func fileExtensionEnd(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Int? {
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
  func isFileName(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Bool {
    guard upper - lower >= 5 else { return false }
    var dot = upper - 3
    while dot > upper - 6 && dot > lower && c[dot] != Scalars.period { dot -= 1 }
    guard dot > lower, c[dot] == Scalars.period, fileExtensionEnd(c, dot + 1, upper) == upper else { return false }
    for index in lower..<dot {
      let scalar = c[index]
      guard
        CharacterClass.of(scalar).isAlphanumeric || scalar == Scalars.hyphen || scalar == Scalars.underscore
          || scalar == Scalars.numberSign || scalar == Scalars.period
      else { return false }
    }
    return true
  }

  /// Whether `c[lower..<upper]` starts with `prefix` (ASCII, any case) and
  /// goes on after it.
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
  func isStandaloneClitic(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Bool {
    let length = upper - lower
    guard length >= 2, length <= 4 else { return false }
    if Scalars.isApostrophe(c[lower]) {
      if let key = Abbreviations.key(c, (lower + 1)..<upper), Self.clitics.contains(key) { return true }
      // '90s, '99
      var index = lower + 1
      while index < upper && CharacterClass.of(c[index]).contains(.digit) { index += 1 }
      if index - lower == 3 && (index == upper || (index == upper - 1 && c[index] == Scalars.smallS)) { return true }
      return false
    }
    return length == 3 && Scalars.lowercasedASCII(c[lower]) == Scalars.smallN && Scalars.isApostrophe(c[lower + 1])
      && Scalars.lowercasedASCII(c[lower + 2]) == Scalars.smallT
  }

  /// The clitics after an apostrophe that stand alone (`'s`, `'ll`, `'em`).
  private static let clitics = KeyTable(["s", "m", "d", "ll", "re", "ve", "em"].map(Abbreviations.key))

  /// If `c[lower..<end]` followed by a period is an abbreviation or an
  /// initial, the features to record; otherwise `nil`.
  func abbreviationFeatures(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ end: Int) -> TokenFeatures? {
    let length = end - lower
    let first = CharacterClass.of(c[lower])
    guard first.contains(.letter) else { return nil }
    if length == 1 || (length == 2 && CharacterClass.of(c[lower + 1]).contains(.extender)) {
      // An initial; a lone "I." is the pronoun ending a sentence.
      return first.contains(.upper) && c[lower] != Scalars.capitalI ? .initial : nil
    }
    // Letters separated by single periods: U.S, e.g, Ph.D, a.k.a.
    var segments = 1
    var segmentLength = 0
    var dotted = true
    for index in lower..<end {
      let scalar = c[index]
      if scalar == Scalars.period {
        if segmentLength == 0 {
          dotted = false
          break
        }
        segments += 1
        segmentLength = 0
      } else if CharacterClass.of(scalar).contains(.letter) {
        segmentLength += 1
        if segmentLength > 2 {
          dotted = false
          break
        }
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
  func cliticStart(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Int? {
    let length = upper - lower
    guard length >= 3 else { return nil }
    let last = Scalars.lowercasedASCII(c[upper - 1])
    if Scalars.isApostrophe(c[upper - 2]) {
      if last == Scalars.smallT {
        // n't: the n belongs to the clitic (do|n't, ca|n't, wo|n't).
        guard length >= 4, Scalars.lowercasedASCII(c[upper - 3]) == Scalars.smallN,
          CharacterClass.of(c[upper - 4]).contains(.letter)
        else { return nil }
        return upper - 3
      }
      guard last == Scalars.smallS || last == Scalars.smallM || last == Scalars.smallD else { return nil }
      // Decades and plurals of numbers keep their 's: 70's, 12's.
      guard CharacterClass.of(c[upper - 3]).contains(.letter) else { return nil }
      return upper - 2
    }
    guard length >= 4, Scalars.isApostrophe(c[upper - 3]) else { return nil }
    let middle = Scalars.lowercasedASCII(c[upper - 2])
    let isClitic =
      (middle == Scalars.smallL && last == Scalars.smallL)  // 'll
      || (middle == Scalars.smallR && last == Scalars.smallE)  // 're
      || (middle == Scalars.smallV && last == Scalars.smallE)  // 've
    guard isClitic else { return nil }
    guard CharacterClass.of(c[upper - 4]).contains(.letter) else { return nil }
    return upper - 3
  }

  /// Where an emoticon glued to the end of a word starts (`family:)`).
  func emoticonSuffixStart(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Int? {
    guard upper - lower >= 3 else { return nil }
    let last = c[upper - 1]
    guard
      last == Scalars.rightParenthesis || last == Scalars.leftParenthesis || last == Scalars.capitalD
        || last == Scalars.capitalP
    else { return nil }
    var start = upper - 2
    if c[start] == Scalars.hyphen && start > lower { start -= 1 }
    guard c[start] == Scalars.colon || c[start] == Scalars.semicolon, start > lower else { return nil }
    return CharacterClass.of(c[start - 1]).contains(.letter) ? start : nil
  }

  /// Where the unit starts in a number glued to a unit or time of day
  /// (`7:30PM`, `5pm`, `65k`, `50ft`); ordinals such as `14th` are not
  /// split.
  func unitStart(_ c: UnsafeBufferPointer<UInt32>, _ lower: Int, _ upper: Int) -> Int? {
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
    for position in index..<upper where !Scalars.isASCIILowercase(c[position]) { return nil }
    return index
  }

}
