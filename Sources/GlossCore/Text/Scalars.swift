/// Named scalar values used by the tokenizer's rules.
enum Scalars {
  static let quote: UInt32 = 0x22  // "
  static let apostrophe: UInt32 = 0x27  // '
  static let backtick: UInt32 = 0x60  // `
  static let leftSingle: UInt32 = 0x2018  // ‘
  static let rightSingle: UInt32 = 0x2019  // ’
  static let leftDouble: UInt32 = 0x201C  // “
  static let rightDouble: UInt32 = 0x201D  // ”
  static let lowDouble: UInt32 = 0x201E  // „
  static let leftGuillemet: UInt32 = 0xAB  // «
  static let rightGuillemet: UInt32 = 0xBB  // »
  static let period: UInt32 = 0x2E
  static let comma: UInt32 = 0x2C
  static let colon: UInt32 = 0x3A
  static let semicolon: UInt32 = 0x3B
  static let exclamation: UInt32 = 0x21
  static let question: UInt32 = 0x3F
  static let hyphen: UInt32 = 0x2D
  static let slash: UInt32 = 0x2F
  static let at: UInt32 = 0x40
  static let ampersand: UInt32 = 0x26
  static let enDash: UInt32 = 0x2013
  static let emDash: UInt32 = 0x2014
  static let ellipsis: UInt32 = 0x2026  // …
  static let bullet: UInt32 = 0x2022  // •
  static let middleDot: UInt32 = 0xB7  // ·
  static let asterisk: UInt32 = 0x2A
  static let newline: UInt32 = 0x0A
  static let carriageReturn: UInt32 = 0x0D

  /// Whether `scalar` is a straight or curly apostrophe.
  @inline(__always)
  static func isApostrophe(_ scalar: UInt32) -> Bool {
    scalar == apostrophe || scalar == rightSingle
  }

  /// `.`, `?`, `!` and `…`, which end sentences.
  @inline(__always)
  static func isTerminal(_ scalar: UInt32) -> Bool {
    scalar == period || scalar == question || scalar == exclamation || scalar == ellipsis
      || scalar == 0x203C || scalar == 0x2047 || scalar == 0x2048 || scalar == 0x2049
  }

  /// Brackets and quotes that open: split off the front of a word.
  @inline(__always)
  static func isOpening(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x28, 0x5B, 0x7B, quote, apostrophe, backtick, leftSingle, leftDouble, lowDouble,
      leftGuillemet, 0x201A, 0x2039, 0xBF, 0xA1, rightSingle, rightDouble:
      return true
    default: return false
    }
  }

  /// Brackets and quotes that close a phrase.
  @inline(__always)
  static func isClosing(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x29, 0x5D, 0x7D, quote, apostrophe, rightSingle, rightDouble, rightGuillemet, 0x203A,
      leftDouble, leftSingle:
      return true
    default: return false
    }
  }

  /// Quotes of any kind (not brackets).
  @inline(__always)
  static func isQuote(_ scalar: UInt32) -> Bool {
    switch scalar {
    case quote, apostrophe, backtick, leftSingle, rightSingle, leftDouble, rightDouble, lowDouble,
      leftGuillemet, rightGuillemet, 0x201A, 0x2039, 0x203A:
      return true
    default: return false
    }
  }

  /// Symbols split off the front of a word: currency, `#`, bullets, dashes,
  /// an underscore (`_The`).
  @inline(__always)
  static func isPrefixSymbol(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x24, 0xA3, 0xA5, 0x20AC, 0x20B9, 0x20BD, 0x23, bullet, middleDot, 0x25E6, 0x25AA, 0x25CF,
      0x2023, 0x2043, asterisk, hyphen, enDash, emDash, 0x7E, 0x3C, 0x3E, 0x3D, 0x2B, 0x7C, comma,
      semicolon, 0x25, 0x26, slash, 0x5F:
      return true
    default: return false
    }
  }

  /// Punctuation and symbols split off the end of a word (an underscore
  /// too: `Dragon_`; inside a word it stays: `trans_expn`).
  @inline(__always)
  static func isSuffixSymbol(_ scalar: UInt32) -> Bool {
    switch scalar {
    case comma, semicolon, colon, 0x25, 0x2030, hyphen, enDash, emDash, asterisk, 0x7E, 0x3C,
      0x3E, 0x3D, 0x2B, 0x7C, 0xB0, 0x2122, 0xAE, 0xA9, 0x23, 0x26, slash, 0x5C, 0x5E, 0x28, 0x5B, 0x5F:
      return true
    default: return false
    }
  }

  /// Bullets that mark list items at the start of a line.
  @inline(__always)
  static func isBullet(_ scalar: UInt32) -> Bool {
    switch scalar {
    case bullet, middleDot, 0x25E6, 0x25AA, 0x25CF, 0x2023, 0x2043, hyphen, asterisk, enDash, emDash:
      return true
    default: return false
    }
  }

  /// ASCII lowercase of a letter, other scalars unchanged.
  @inline(__always)
  static func lowercasedASCII(_ scalar: UInt32) -> UInt32 {
    scalar >= 0x41 && scalar <= 0x5A ? scalar | 0x20 : scalar
  }
}
