/// Named scalar values used by the tokenizer's rules.
enum Scalars {
  // MARK: Quotes

  static let quote: UInt32 = 0x22  // "
  static let apostrophe: UInt32 = 0x27  // '
  static let backtick: UInt32 = 0x60  // `
  static let leftSingle: UInt32 = 0x2018  // ‘
  static let rightSingle: UInt32 = 0x2019  // ’
  static let lowSingle: UInt32 = 0x201A  // ‚
  static let leftDouble: UInt32 = 0x201C  // “
  static let rightDouble: UInt32 = 0x201D  // ”
  static let lowDouble: UInt32 = 0x201E  // „
  static let leftGuillemet: UInt32 = 0xAB  // «
  static let rightGuillemet: UInt32 = 0xBB  // »
  static let leftSingleGuillemet: UInt32 = 0x2039  // ‹
  static let rightSingleGuillemet: UInt32 = 0x203A  // ›

  // MARK: Brackets

  static let leftParenthesis: UInt32 = 0x28  // (
  static let rightParenthesis: UInt32 = 0x29  // )
  static let leftBracket: UInt32 = 0x5B  // [
  static let rightBracket: UInt32 = 0x5D  // ]
  static let leftBrace: UInt32 = 0x7B  // {
  static let rightBrace: UInt32 = 0x7D  // }
  static let lessThan: UInt32 = 0x3C  // <
  static let greaterThan: UInt32 = 0x3E  // >

  // MARK: Punctuation

  static let period: UInt32 = 0x2E
  static let comma: UInt32 = 0x2C
  static let colon: UInt32 = 0x3A
  static let semicolon: UInt32 = 0x3B
  static let exclamation: UInt32 = 0x21
  static let question: UInt32 = 0x3F
  static let invertedExclamation: UInt32 = 0xA1  // ¡
  static let invertedQuestion: UInt32 = 0xBF  // ¿
  static let doubleExclamation: UInt32 = 0x203C  // ‼
  static let doubleQuestion: UInt32 = 0x2047  // ⁇
  static let questionExclamation: UInt32 = 0x2048  // ⁈
  static let exclamationQuestion: UInt32 = 0x2049  // ⁉
  static let hyphen: UInt32 = 0x2D
  static let enDash: UInt32 = 0x2013
  static let emDash: UInt32 = 0x2014
  static let ellipsis: UInt32 = 0x2026  // …
  static let slash: UInt32 = 0x2F
  static let backslash: UInt32 = 0x5C

  // MARK: Symbols

  static let at: UInt32 = 0x40
  static let ampersand: UInt32 = 0x26
  static let asterisk: UInt32 = 0x2A
  static let numberSign: UInt32 = 0x23  // #
  static let percent: UInt32 = 0x25
  static let perMille: UInt32 = 0x2030  // ‰
  static let plus: UInt32 = 0x2B
  static let equals: UInt32 = 0x3D
  static let verticalBar: UInt32 = 0x7C  // |
  static let underscore: UInt32 = 0x5F
  static let tilde: UInt32 = 0x7E
  static let caret: UInt32 = 0x5E
  static let degree: UInt32 = 0xB0  // °
  static let trademark: UInt32 = 0x2122  // ™
  static let registered: UInt32 = 0xAE  // ®
  static let copyright: UInt32 = 0xA9  // ©

  // MARK: Currency signs

  static let dollar: UInt32 = 0x24
  static let pound: UInt32 = 0xA3  // £
  static let yen: UInt32 = 0xA5  // ¥
  static let euro: UInt32 = 0x20AC  // €
  static let rupee: UInt32 = 0x20B9  // ₹
  static let ruble: UInt32 = 0x20BD  // ₽

  // MARK: Bullets

  static let bullet: UInt32 = 0x2022  // •
  static let middleDot: UInt32 = 0xB7  // ·
  static let whiteBullet: UInt32 = 0x25E6  // ◦
  static let blackSmallSquare: UInt32 = 0x25AA  // ▪
  static let blackCircle: UInt32 = 0x25CF  // ●
  static let triangularBullet: UInt32 = 0x2023  // ‣
  static let hyphenBullet: UInt32 = 0x2043  // ⁃

  // MARK: Line breaks

  static let newline: UInt32 = 0x0A
  static let carriageReturn: UInt32 = 0x0D

  // MARK: Letters and digits

  /// The letters the rules spell clitics and short words with (`n't`,
  /// `'ll`, `I'ma`, `lovin'`), named as Unicode names them.
  static let smallA: UInt32 = 0x61
  static let smallD: UInt32 = 0x64
  static let smallE: UInt32 = 0x65
  static let smallI: UInt32 = 0x69
  static let smallL: UInt32 = 0x6C
  static let smallM: UInt32 = 0x6D
  static let smallN: UInt32 = 0x6E
  static let smallR: UInt32 = 0x72
  static let smallS: UInt32 = 0x73
  static let smallT: UInt32 = 0x74
  static let smallV: UInt32 = 0x76
  static let smallZ: UInt32 = 0x7A
  static let capitalA: UInt32 = 0x41
  static let capitalD: UInt32 = 0x44
  static let capitalI: UInt32 = 0x49
  static let capitalP: UInt32 = 0x50
  static let capitalZ: UInt32 = 0x5A
  static let digitZero: UInt32 = 0x30
  static let digitNine: UInt32 = 0x39
  /// The bit that tells an ASCII lowercase letter from its capital.
  static let asciiCaseBit: UInt32 = 0x20
  /// The first scalar past ASCII.
  static let asciiEnd: UInt32 = 0x80
  /// The first and last of Latin-1's letters (`À`…`ÿ`), which hold two
  /// symbols as well: `×` and `÷`.
  static let latin1LettersStart: UInt32 = 0xC0
  static let latin1LettersEnd: UInt32 = 0xFF
  static let multiplicationSign: UInt32 = 0xD7  // ×
  static let divisionSign: UInt32 = 0xF7  // ÷

  /// Whether `scalar` is a straight or curly apostrophe.
  @inline(__always)
  static func isApostrophe(_ scalar: UInt32) -> Bool {
    scalar == apostrophe || scalar == rightSingle
  }

  /// `.`, `?`, `!` and `…`, which end sentences.
  @inline(__always)
  static func isTerminal(_ scalar: UInt32) -> Bool {
    scalar == period || scalar == question || scalar == exclamation || scalar == ellipsis
      || scalar == doubleExclamation || scalar == doubleQuestion || scalar == questionExclamation
      || scalar == exclamationQuestion
  }

  /// Brackets and quotes that open: split off the front of a word.
  @inline(__always)
  static func isOpening(_ scalar: UInt32) -> Bool {
    switch scalar {
    case leftParenthesis, leftBracket, leftBrace, quote, apostrophe, backtick, leftSingle, leftDouble, lowDouble,
      leftGuillemet, lowSingle, leftSingleGuillemet, invertedQuestion, invertedExclamation, rightSingle,
      rightDouble:
      return true
    default: return false
    }
  }

  /// Brackets and quotes that close a phrase.
  @inline(__always)
  static func isClosing(_ scalar: UInt32) -> Bool {
    switch scalar {
    case rightParenthesis, rightBracket, rightBrace, quote, apostrophe, rightSingle, rightDouble, rightGuillemet,
      rightSingleGuillemet, leftDouble, leftSingle:
      return true
    default: return false
    }
  }

  /// Quotes of any kind (not brackets).
  @inline(__always)
  static func isQuote(_ scalar: UInt32) -> Bool {
    switch scalar {
    case quote, apostrophe, backtick, leftSingle, rightSingle, leftDouble, rightDouble, lowDouble,
      leftGuillemet, rightGuillemet, lowSingle, leftSingleGuillemet, rightSingleGuillemet:
      return true
    default: return false
    }
  }

  /// Symbols split off the front of a word: currency, `#`, bullets, dashes,
  /// an underscore (`_The`).
  @inline(__always)
  static func isPrefixSymbol(_ scalar: UInt32) -> Bool {
    switch scalar {
    case dollar, pound, yen, euro, rupee, ruble, numberSign, bullet, middleDot, whiteBullet, blackSmallSquare,
      blackCircle, triangularBullet, hyphenBullet, asterisk, hyphen, enDash, emDash, tilde, lessThan,
      greaterThan, equals, plus, verticalBar, comma, semicolon, percent, ampersand, slash, underscore:
      return true
    default: return false
    }
  }

  /// Punctuation and symbols split off the end of a word (an underscore
  /// too: `Dragon_`; inside a word it stays: `trans_expn`).
  @inline(__always)
  static func isSuffixSymbol(_ scalar: UInt32) -> Bool {
    switch scalar {
    case comma, semicolon, colon, percent, perMille, hyphen, enDash, emDash, asterisk, tilde, lessThan,
      greaterThan, equals, plus, verticalBar, degree, trademark, registered, copyright, numberSign, ampersand,
      slash, backslash, caret, leftParenthesis, leftBracket, underscore:
      return true
    default: return false
    }
  }

  /// Bullets that mark list items at the start of a line.
  @inline(__always)
  static func isBullet(_ scalar: UInt32) -> Bool {
    switch scalar {
    case bullet, middleDot, whiteBullet, blackSmallSquare, blackCircle, triangularBullet, hyphenBullet, hyphen,
      asterisk, enDash, emDash:
      return true
    default: return false
    }
  }

  /// Whether `scalar` is an ASCII digit.
  @inline(__always)
  static func isASCIIDigit(_ scalar: UInt32) -> Bool {
    scalar >= digitZero && scalar <= digitNine
  }

  /// Whether `scalar` is an ASCII lowercase letter.
  @inline(__always)
  static func isASCIILowercase(_ scalar: UInt32) -> Bool {
    scalar >= smallA && scalar <= smallZ
  }

  /// Whether `scalar` is an ASCII letter of either case.
  @inline(__always)
  static func isASCIILetter(_ scalar: UInt32) -> Bool {
    isASCIILowercase(scalar | asciiCaseBit)
  }

  /// Whether `scalar` is one of Latin-1's accented letters (`é`, `Ö`, `ÿ`).
  @inline(__always)
  static func isLatin1Letter(_ scalar: UInt32) -> Bool {
    scalar >= latin1LettersStart && scalar <= latin1LettersEnd && scalar != multiplicationSign
      && scalar != divisionSign
  }

  /// ASCII lowercase of a letter, other scalars unchanged.
  @inline(__always)
  static func lowercasedASCII(_ scalar: UInt32) -> UInt32 {
    scalar >= capitalA && scalar <= capitalZ ? scalar | asciiCaseBit : scalar
  }
}
