import GlossCore

/// Turns a tokenization into ``TimeToken``s in one pass over the bytes.
///
/// Two things go beyond the tokenizer: hyphenated tokens are analysed into
/// their parts (`two-year`, `mid-2024`, `1996-2000`), and run-together words
/// are split where a lowercase letter meets an uppercase one (`DeskNovember`)
/// or where `AM`/`PM` runs into a word (`PMworld`), so a date in a dateline
/// that lost its spaces is still found.
package enum TimeTokenScanner {
  /// The time tokens of `text`.
  package static func scan(_ text: SourceText, tokens: [Range<Int>]) -> [TimeToken] {
    var result: [TimeToken] = []
    result.reserveCapacity(tokens.count + 8)
    text.utf8.withUnsafeBufferPointer { bytes in
      var scalar = 0
      var byte = 0
      let ascii = text.isASCII
      for token in tokens {
        // Advance the byte position to the token's start, then its end.
        let start: Int
        let end: Int
        if ascii {
          start = token.lowerBound
          end = token.upperBound
        } else {
          while scalar < token.lowerBound {
            byte += leadLength(bytes[byte])
            scalar += 1
          }
          start = byte
          while scalar < token.upperBound {
            byte += leadLength(bytes[byte])
            scalar += 1
          }
          end = byte
        }
        let isASCIIToken = end - start == token.count
        classify(
          bytes, start..<end, scalarStart: token.lowerBound, scalarEnd: token.upperBound, ascii: isASCIIToken,
          into: &result)
      }
    }
    return result
  }

  @inline(__always)
  private static func leadLength(_ lead: UInt8) -> Int {
    if lead < 0x80 { return 1 }
    if lead < 0xE0 { return 2 }
    if lead < 0xF0 { return 3 }
    return 4
  }

  @inline(__always)
  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  @inline(__always)
  private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
  @inline(__always)
  private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
  @inline(__always)
  private static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }

  private static func classify(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scalarStart: Int, scalarEnd: Int, ascii: Bool,
    into result: inout [TimeToken]
  ) {
    let first = bytes[range.lowerBound]
    if range.count == 1 && !isDigit(first) && !isLetter(first) {
      var token = TimeToken(start: scalarStart, end: scalarEnd, shape: .punctuation)
      token.punctuation = first
      result.append(token)
      return
    }
    if range.count == 3, first == 0xE2, bytes[range.lowerBound + 1] == 0x80,
      bytes[range.lowerBound + 2] == 0x98 || bytes[range.lowerBound + 2] == 0x99
    {
      // A curly quote or apostrophe reads as the straight one.
      var token = TimeToken(start: scalarStart, end: scalarEnd, shape: .punctuation)
      token.punctuation = UInt8(ascii: "'")
      result.append(token)
      return
    }
    // '60s and ’60s: a decade with its apostrophe.
    let apostrophe =
      first == UInt8(ascii: "'")
      ? 1
      : (first == 0xE2 && range.count > 3 && bytes[range.lowerBound + 1] == 0x80 && bytes[range.lowerBound + 2] == 0x99
        ? 3 : 0)
    if apostrophe > 0, range.count == apostrophe + 3, isDigit(bytes[range.lowerBound + apostrophe]) {
      var token = number(bytes, (range.lowerBound + apostrophe)..<range.upperBound, scalarStart: scalarStart)
      if token.shape == .decade, token.digits == 2 {
        token.start = scalarStart
        token.end = scalarEnd
        token.third = 2
        result.append(token)
        return
      }
    }
    guard ascii else {
      // Curly apostrophes and the like: nothing the grammar reads.
      result.append(TimeToken(start: scalarStart, end: scalarEnd, shape: .other))
      return
    }
    if isDigit(first) {
      result.append(number(bytes, range, scalarStart: scalarStart))
      return
    }
    guard isLetter(first) else {
      result.append(TimeToken(start: scalarStart, end: scalarEnd, shape: .other))
      return
    }
    // Split run-together words: a lowercase letter followed by an uppercase
    // one, or AM/PM followed by lowercase letters.
    var pieceStart = range.lowerBound
    var index = range.lowerBound + 1
    var hasHyphen = false
    while index < range.upperBound {
      let byte = bytes[index]
      if byte == UInt8(ascii: "-") { hasHyphen = true }
      if !hasHyphen, isUpper(byte), isLower(bytes[index - 1]) {
        result.append(word(bytes, pieceStart..<index, scalarStart: scalarStart + pieceStart - range.lowerBound))
        pieceStart = index
      } else if !hasHyphen, index == pieceStart + 2, isLower(byte), isUpper(bytes[pieceStart]),
        isUpper(bytes[pieceStart + 1]), case .meridiem = TimeLexicon.lookup(bytes, pieceStart..<index)
      {
        result.append(word(bytes, pieceStart..<index, scalarStart: scalarStart + pieceStart - range.lowerBound))
        pieceStart = index
      }
      index += 1
    }
    let piece = pieceStart..<range.upperBound
    let pieceScalar = scalarStart + pieceStart - range.lowerBound
    result.append(
      hasHyphen ? hyphenated(bytes, piece, scalarStart: pieceScalar) : word(bytes, piece, scalarStart: pieceScalar))
  }

  /// The quarters and halves of a year.
  private static let quartersPerYear = 4
  private static let halvesPerYear = 2

  /// Whether a lowercase word of five letters or more ends in `ed` (not
  /// `eed`): a past tense or participle (`ratified`, `announced`), a tense
  /// cue for the dates after it.
  private static func isPastTense(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard range.count >= Self.shortestPastTense, isLower(bytes[range.lowerBound]) else { return false }
    let last = range.upperBound - 1
    return bytes[last] == UInt8(ascii: "d") && bytes[last - 1] == UInt8(ascii: "e")
      && bytes[last - 2] != UInt8(ascii: "e")
  }

  /// The shortest word taken for a past tense by its ending.
  private static let shortestPastTense = 5

  /// `FY2019`, `FY19`, `fy2024`: a fiscal year, or `nil`.
  private static func fiscalYearCode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    let length = range.count
    guard length == 4 || length == 6, bytes[range.lowerBound] | 0x20 == UInt8(ascii: "f"),
      bytes[range.lowerBound + 1] | 0x20 == UInt8(ascii: "y")
    else { return nil }
    var year = 0
    for byte in bytes[(range.lowerBound + 2)..<range.upperBound] {
      guard isDigit(byte) else { return nil }
      year = year * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return length == 4 ? Self.twoDigitYearCentury + year : year
  }

  /// The century of a two-digit fiscal year (`FY19`: 2019).
  private static let twoDigitYearCentury = 2000

  /// A plain word.
  private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scalarStart: Int) -> TimeToken {
    var token = TimeToken(
      start: scalarStart, end: scalarStart + range.count, word: TimeLexicon.lookup(bytes, range), shape: .word)
    token.isCapitalized = isUpper(bytes[range.lowerBound])
    token.hasPeriod = bytes[range.upperBound - 1] == UInt8(ascii: ".")
    var upper = true
    for index in range where isLower(bytes[index]) {
      upper = false
      break
    }
    token.isUppercase = upper
    if token.word == .unknown, isPastTense(bytes, range) { token.word = .joiner(.pastTense) }
    if let year = fiscalYearCode(bytes, range) {
      token.shape = .fiscalYear
      token.number = year
    }
    return token
  }

  /// Reads digits from `index`; returns the value, the count, and where they end.
  @inline(__always)
  private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, to end: Int) -> (Int, Int, Int) {
    var value = 0
    var position = index
    while position < end, isDigit(bytes[position]), position - index < 18 {
      value = value * 10 + Int(bytes[position] - 0x30)
      position += 1
    }
    return (value, position - index, position)
  }

  /// A token that starts with a digit.
  private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scalarStart: Int) -> TimeToken {
    var token = TimeToken(start: scalarStart, end: scalarStart + range.count, shape: .other)
    let end = range.upperBound
    let (value, count, after) = digits(bytes, from: range.lowerBound, to: end)
    token.number = value
    token.digits = count
    token.amount = Double(value)
    if after == end {
      token.shape = .number
      return token
    }
    let next = bytes[after]
    let rest = end - after
    switch next {
    case UInt8(ascii: ","), UInt8(ascii: "."):
      var allNumeric = true
      for index in after..<end
      where !isDigit(bytes[index]) && bytes[index] != UInt8(ascii: ",") && bytes[index] != UInt8(ascii: ".") {
        allNumeric = false
      }
      if allNumeric {
        token.shape = .quantity
        var whole = 0.0
        var scale = 0.0
        for index in range {
          let byte = bytes[index]
          if byte == UInt8(ascii: ".") {
            scale = 1
          } else if isDigit(byte) {
            if scale > 0 {
              scale /= 10
              whole += Double(byte - 0x30) * scale
            } else {
              whole = whole * 10 + Double(byte - 0x30)
            }
          }
        }
        token.amount = whole
      }
    case UInt8(ascii: ":"):
      let (minutes, minuteDigits, minuteEnd) = digits(bytes, from: after + 1, to: end)
      if minuteDigits == 2, value <= 24, minutes < 60, count <= 2,
        minuteEnd == end || (bytes[minuteEnd] == UInt8(ascii: ":") && end - minuteEnd == 3)
      {
        token.shape = .clock
        token.second = minutes
      }
    case UInt8(ascii: "-"):
      let (second, secondDigits, secondEnd) = digits(bytes, from: after + 1, to: end)
      if count == 4, secondDigits == 2, (1...12).contains(second) {
        if secondEnd == end {
          token.shape = .calendarDate
          token.second = second
        } else if bytes[secondEnd] == UInt8(ascii: "-") {
          let (day, dayDigits, dayEnd) = digits(bytes, from: secondEnd + 1, to: end)
          if dayEnd == end, dayDigits == 2, day >= 1, day <= CalendarDate.daysInMonth(year: value, month: second) {
            token.shape = .calendarDate
            token.second = second
            token.third = day
          }
        }
      } else if count == 4, secondEnd == end,
        (secondDigits == 4 && second > value && second <= 2099)
          || (secondDigits == 2 && second > value % 100)
      {
        token.shape = .yearRange
        token.second = secondDigits == 4 ? second : value / 100 * 100 + second
      } else if secondDigits == 0, value > 0 {
        // 24-hour, 5-day(-long)
        let parts = hyphenParts(bytes, (after + 1)..<end)
        if case .unit(let unit, _) = TimeLexicon.lookup(bytes, parts[0]),
          parts.count == 1 || (parts.count == 2 && isWord(bytes, parts[1], "long"))
        {
          token.shape = .numberUnit
          token.unit = unit
        }
      }
    case UInt8(ascii: "/"):
      let (second, secondDigits, secondEnd) = digits(bytes, from: after + 1, to: end)
      guard secondDigits >= 1, secondDigits <= 2, count <= 2, secondEnd < end, bytes[secondEnd] == UInt8(ascii: "/")
      else {
        break
      }
      let (third, thirdDigits, thirdEnd) = digits(bytes, from: secondEnd + 1, to: end)
      guard thirdEnd == end, thirdDigits == 4 || thirdDigits == 2 else { break }
      let year = thirdDigits == 4 ? third : (third < 50 ? 2000 + third : 1900 + third)
      // US order unless the first number cannot be a month.
      let (month, day) = value <= 12 ? (value, second) : (second, value)
      if (1...12).contains(month), day >= 1, day <= CalendarDate.daysInMonth(year: year, month: month) {
        token.shape = .calendarDate
        token.number = year
        token.second = month
        token.third = day
      }
    default:
      let suffix = lowercasedSuffix(bytes, after..<end)
      if rest == 2, suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" {
        token.shape = .ordinalNumber
      } else if rest == 1, suffix == "s", value % 10 == 0 {
        token.shape = .decade
        if count == 4 {
          token.number = value % 100 == 0 ? value / 100 : value / 10
          token.third = value % 100 == 0 ? 1 : 0  // 1800s: a century
        } else if count == 2 {
          token.number = value / 10
        } else {
          token.shape = .other
        }
      }
    }
    return token
  }

  /// A word with hyphens: `two-year`, `mid-2024`, `twenty-five`, `decades-long`.
  private static func hyphenated(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scalarStart: Int)
    -> TimeToken
  {
    var token = word(bytes, range, scalarStart: scalarStart)
    token.word = .unknown
    token.shape = .other
    let parts = hyphenParts(bytes, range)
    guard parts.count >= 2, parts.count <= 4 else { return token }
    let firstWord = TimeLexicon.lookup(bytes, parts[0])
    // mid-2024, mid-June, mid-1990s
    if case .edge = firstWord, parts.count == 2 {
      let inner = parts[1]
      if isDigit(bytes[inner.lowerBound]) {
        let innerToken = number(bytes, inner, scalarStart: 0)
        if innerToken.isYearShaped {
          token.shape = .mid
          token.word = firstWord
          token.number = innerToken.number
        } else if innerToken.shape == .decade, innerToken.digits == 4, innerToken.third == 0 {
          token.shape = .mid
          token.word = firstWord
          token.third = innerToken.number
        }
      } else {
        if case .month(let month, abbreviated: false) = TimeLexicon.lookup(bytes, inner) {
          token.shape = .mid
          token.word = firstWord
          token.second = month
        }
      }
      return token
    }
    // third-quarter, first-half.
    if case .ordinal(let ordinal) = firstWord, parts.count == 2 {
      switch TimeLexicon.lookup(bytes, parts[1]) {
      case .quarter where ordinal <= Self.quartersPerYear:
        token.shape = .ordinalPeriod
        token.number = ordinal
        token.unit = .month
      case .joiner(.half) where ordinal <= Self.halvesPerYear:
        token.shape = .ordinalPeriod
        token.number = ordinal
        token.unit = .year
      default:
        break
      }
      return token
    }
    // Number words: twenty-five, twenty-first; maybe followed by a unit.
    var numberValue = 0
    var next = 1
    if case .cardinal(let tens) = firstWord, tens >= 20, tens < 100,
      let compound = compoundNumber(tens: tens, ones: TimeLexicon.lookup(bytes, parts[1]))
    {
      numberValue = compound.number
      next = 2
      if parts.count == 2 {
        token.word = compound.word
        token.shape = .word
        return token
      }
    }
    if numberValue == 0 {
      switch firstWord {
      case .cardinal(let number):
        numberValue = number
      case .unit(let unit, let plural) where parts.count == 2 && isWord(bytes, parts[1], "long"):
        token.shape = .unitLong
        token.unit = unit
        token.number = plural ? 0 : 1
        return token
      default:
        return token
      }
    }
    guard next < parts.count else { return token }
    let tail = parts.count - next - 1
    if case .unit(let unit, _) = TimeLexicon.lookup(bytes, parts[next]),
      tail == 0 || (tail == 1 && isWord(bytes, parts[next + 1], "long"))
    {
      token.shape = .numberUnit
      token.number = numberValue
      token.unit = unit
    }
    return token
  }

  /// The number word a tens word and a ones word below ten make together
  /// (`twenty-five`, `twenty-first`), with its number; `nil` for other
  /// words after the tens.
  private static func compoundNumber(tens: Int, ones: TimeWord) -> (number: Int, word: TimeWord)? {
    switch ones {
    case .cardinal(let number) where number < 10: (tens + number, .cardinal(tens + number))
    case .ordinal(let number) where number < 10: (tens + number, .ordinal(tens + number))
    default: nil
    }
  }

  /// The pieces between hyphens.
  private static func hyphenParts(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
    var parts: [Range<Int>] = []
    var start = range.lowerBound
    for index in range where bytes[index] == UInt8(ascii: "-") {
      if index > start { parts.append(start..<index) }
      start = index + 1
    }
    if start < range.upperBound { parts.append(start..<range.upperBound) }
    return parts
  }

  private static func isWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
    guard range.count == word.utf8CodeUnitCount else { return false }
    for (offset, index) in range.enumerated() where bytes[index] | 0x20 != word.utf8Start[offset] { return false }
    return true
  }

  private static func lowercasedSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    guard range.count <= 2 else { return "" }
    var scalars = ""
    for index in range { scalars.unicodeScalars.append(Unicode.Scalar(bytes[index] | 0x20)) }
    return scalars
  }
}
