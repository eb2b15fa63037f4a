/// One lexical unit of a query, with where it was written.
public struct QueryLexeme: Sendable, Hashable {
  /// What kind of unit it is.
  public enum Kind: Sendable, Hashable {
    /// A name: a layer, label, attribute, keyword or result set.
    case identifier
    /// A quoted string (the text is unescaped).
    case string
    /// A whole number.
    case number
    /// Punctuation or an operator such as `[`, `:`, `>=`, `..`.
    case symbol
    /// The end of the query.
    case end
  }

  /// The kind.
  public var kind: Kind
  /// The text: the name, the unescaped string, the digits or the symbol.
  public var text: String
  /// The scalar offsets in the query where it was written.
  public var range: Range<Int>
  /// For strings: whether `%c` followed (case-insensitive).
  public var ignoresCase: Bool = false

  /// Whether this is the symbol `symbol`.
  public func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }

  /// Whether this is the keyword `keyword` (an unquoted identifier).
  public func isKeyword(_ keyword: String) -> Bool { kind == .identifier && text == keyword }
}
