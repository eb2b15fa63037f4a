/// What the sentence splitter needs to know about a token, computed once by
/// the tokenizer while the token's scalars are at hand.
struct TokenFeatures: OptionSet, Sendable {
  let rawValue: UInt32

  /// Whitespace precedes the token (or it starts the text).
  static let spaceBefore = TokenFeatures(rawValue: 1 << 0)
  /// A line break precedes the token.
  static let newlineBefore = TokenFeatures(rawValue: 1 << 1)
  /// A blank line (two or more line breaks) precedes the token.
  static let blankLineBefore = TokenFeatures(rawValue: 1 << 2)
  /// A run of `.`, `?`, `!`, `…`.
  static let terminal = TokenFeatures(rawValue: 1 << 3)
  /// The terminal run contains `?` or `!`.
  static let strongTerminal = TokenFeatures(rawValue: 1 << 4)
  /// A closing bracket or quote (straight quotes are both opening and closing).
  static let closing = TokenFeatures(rawValue: 1 << 5)
  /// An opening bracket or quote.
  static let opening = TokenFeatures(rawValue: 1 << 6)
  /// A single bullet-like symbol (`•`, `-`, `*`, `·`).
  static let bullet = TokenFeatures(rawValue: 1 << 7)
  /// A title abbreviation (`Dr.`): never ends a sentence.
  static let title = TokenFeatures(rawValue: 1 << 8)
  /// An abbreviation with its period that may end a sentence (`etc.`, `U.S.`).
  static let abbreviation = TokenFeatures(rawValue: 1 << 9)
  /// An initial: one uppercase letter and a period (`J.`).
  static let initial = TokenFeatures(rawValue: 1 << 10)
  /// Starts with an uppercase letter.
  static let startsUpper = TokenFeatures(rawValue: 1 << 11)
  /// Starts with a lowercase letter.
  static let startsLower = TokenFeatures(rawValue: 1 << 12)
  /// Starts with a digit.
  static let startsDigit = TokenFeatures(rawValue: 1 << 13)
  /// An emoticon such as `:)`.
  static let emoticon = TokenFeatures(rawValue: 1 << 14)
  /// A capitalized word that commonly starts sentences (`The`, `But`).
  static let sentenceStarter = TokenFeatures(rawValue: 1 << 15)
  /// The ellipsis: `...` or longer, or `…`.
  static let ellipsis = TokenFeatures(rawValue: 1 << 16)
  /// A straight quote, which may open or close.
  static let straightQuote = TokenFeatures(rawValue: 1 << 17)
  /// A token that cannot end a sentence in running text: a comma, colon,
  /// semicolon, hyphen or dash.
  static let connector = TokenFeatures(rawValue: 1 << 18)
  /// A pictograph (emoji).
  static let pictograph = TokenFeatures(rawValue: 1 << 19)
  /// `etc.`, which closes a list: any capitalized word after it starts a
  /// sentence.
  static let listEnd = TokenFeatures(rawValue: 1 << 20)
}
