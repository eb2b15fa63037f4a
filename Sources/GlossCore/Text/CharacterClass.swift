/// The classes of Unicode scalars the tokenizer cares about, as a bit set.
///
/// ASCII scalars, Latin-1 letters and general punctuation are classified by
/// comparisons; other scalars fall back on the standard library's Unicode
/// properties, which is slower but rare in English text.
struct CharacterClass: OptionSet, Sendable {
  let rawValue: UInt16

  /// Space, tab, line breaks and the Unicode separators (and U+FEFF).
  static let space = CharacterClass(rawValue: 1 << 0)
  /// A line break: `\n`, `\r`, U+0085, U+2028, U+2029.
  static let newline = CharacterClass(rawValue: 1 << 1)
  /// A letter (Unicode `Alphabetic`).
  static let letter = CharacterClass(rawValue: 1 << 2)
  /// An uppercase or titlecase letter.
  static let upper = CharacterClass(rawValue: 1 << 3)
  /// A lowercase letter.
  static let lower = CharacterClass(rawValue: 1 << 4)
  /// A decimal digit.
  static let digit = CharacterClass(rawValue: 1 << 5)
  /// A combining mark, joiner or variation selector: it continues whatever
  /// precedes it and never starts a token on its own.
  static let extender = CharacterClass(rawValue: 1 << 6)
  /// A pictographic symbol (emoji), a token of its own.
  static let pictograph = CharacterClass(rawValue: 1 << 7)

  /// Letters and digits.
  static let alphanumeric = CharacterClass(rawValue: 1 << 2 | 1 << 5)
  /// No class.
  static let none: CharacterClass = []
  /// An uppercase letter (`[.letter, .upper]`, without building a set).
  static let upperLetter = CharacterClass(rawValue: 1 << 2 | 1 << 3)
  /// A lowercase letter.
  static let lowerLetter = CharacterClass(rawValue: 1 << 2 | 1 << 4)
  /// A line break (`[.space, .newline]`).
  static let lineBreak = CharacterClass(rawValue: 1 << 0 | 1 << 1)

  /// Whether the class is a letter or a digit.
  @inline(__always)
  var isAlphanumeric: Bool { rawValue & (1 << 2 | 1 << 5) != 0 }

  /// The class of a scalar value.
  @inline(__always)
  static func of(_ scalar: UInt32) -> CharacterClass {
    if scalar < 0x80 { return ascii(scalar) }
    return nonASCII(scalar)
  }

  /// The class of an ASCII scalar, by comparisons rather than a table: a
  /// static table is reached through a lazy-initialization check on every
  /// call, which costs more than these few predictable branches.
  @inline(__always)
  static func ascii(_ scalar: UInt32) -> CharacterClass {
    if scalar >= 0x61 { return scalar <= 0x7A ? .lowerLetter : .none }
    if scalar >= 0x41 { return scalar <= 0x5A ? .upperLetter : .none }
    if scalar >= 0x30 { return scalar <= 0x39 ? .digit : .none }
    if scalar == 0x20 { return .space }
    if scalar == 0x0A || scalar == 0x0D { return .lineBreak }
    if scalar >= 0x09 && scalar <= 0x0C { return .space }
    return .none
  }

  /// The class of a scalar outside ASCII: Latin-1 letters and the general
  /// punctuation block (curly quotes, dashes) without a look-up of Unicode
  /// properties; `CharacterClassTests` checks that this agrees with
  /// ``propertyClass(_:)`` for every scalar.
  @inline(__always)
  private static func nonASCII(_ value: UInt32) -> CharacterClass {
    if value >= 0xC0 && value <= 0xFF {
      if value == 0xD7 || value == 0xF7 { return .none }
      return value <= 0xDE ? .upperLetter : .lowerLetter
    }
    if value >= 0x2010 && value <= 0x2027 { return .none }
    return propertyClass(value)
  }

  /// The class of a scalar from the standard library's Unicode properties
  /// (and the few scalars the tokenizer treats specially).
  static func propertyClass(_ value: UInt32) -> CharacterClass {
    if value < 0x80 { return ascii(value) }
    switch value {
    case 0x85, 0x2028, 0x2029: return [.space, .newline]
    case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
    case 0x200B: return .space  // zero width space separates words
    case 0x200C, 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return .extender
    default: break
    }
    guard let scalar = Unicode.Scalar(value) else { return [] }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return .extender
    case .decimalNumber: return .digit
    default: break
    }
    if properties.isAlphabetic {
      var result: CharacterClass = .letter
      if properties.isUppercase || properties.generalCategory == .titlecaseLetter { result.insert(.upper) }
      if properties.isLowercase { result.insert(.lower) }
      return result
    }
    if properties.isEmojiPresentation || (value >= 0x1F000 && properties.isEmoji) { return .pictograph }
    return []
  }
}
