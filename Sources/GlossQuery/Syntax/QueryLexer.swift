/// Splits a query into lexemes.
///
/// Offsets are Unicode scalar offsets into the query, so a caret can be drawn
/// under the right column.
public enum QueryLexer {
  /// The symbols of the language, longest first so `<=` wins over `<`.
  static let symbols = [
    "..", "!=", "!~", "<=", ">=", "[", "]", "(", ")", "{", "}", ":", ".", ",", "=", "~", "<", ">", "&", "|", "!", "?",
    "*", "+",
  ]

  /// The lexemes of `query`, ending with one of kind `.end`.
  public static func lexemes(_ query: String) throws(QueryError) -> [QueryLexeme] {
    let scalars = Array(query.unicodeScalars)
    var result: [QueryLexeme] = []
    var index = 0
    scan: while index < scalars.count {
      let scalar = scalars[index]
      if scalar.properties.isWhitespace {
        index += 1
        continue
      }
      let start = index
      if scalar == "\"" || scalar == "'" {
        var text = String.UnicodeScalarView()
        index += 1
        while true {
          guard index < scalars.count else {
            throw QueryError(
              "this string has no closing \(scalar == "\"" ? "double" : "single") quote", at: start..<start + 1)
          }
          let next = scalars[index]
          if next == scalar { break }
          if next == "\\", index + 1 < scalars.count, scalars[index + 1] == scalar || scalars[index + 1] == "\\" {
            text.append(scalars[index + 1])
            index += 2
            continue
          }
          text.append(next)
          index += 1
        }
        index += 1
        var lexeme = QueryLexeme(kind: .string, text: String(text), range: start..<index)
        if index + 1 < scalars.count, scalars[index] == "%" {
          guard scalars[index + 1] == "c" else {
            throw QueryError("the only string flag is %c (ignore case)", at: index..<index + 2)
          }
          lexeme.ignoresCase = true
          index += 2
          lexeme.range = start..<index
        }
        result.append(lexeme)
        continue
      }
      if isIdentifierStart(scalar) {
        while index < scalars.count, isIdentifierPart(scalars[index]) { index += 1 }
        result.append(
          QueryLexeme(
            kind: .identifier, text: String(String.UnicodeScalarView(scalars[start..<index])), range: start..<index))
        continue
      }
      if ("0"..."9").contains(scalar) {
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        result.append(
          QueryLexeme(
            kind: .number, text: String(String.UnicodeScalarView(scalars[start..<index])), range: start..<index))
        continue
      }
      for symbol in symbols {
        let symbolScalars = Array(symbol.unicodeScalars)
        if index + symbolScalars.count <= scalars.count,
          Array(scalars[index..<index + symbolScalars.count]) == symbolScalars
        {
          index += symbolScalars.count
          result.append(QueryLexeme(kind: .symbol, text: symbol, range: start..<index))
          continue scan
        }
      }
      if let value = unquotedValue(endingAt: start, in: scalars, lexemes: result) {
        throw QueryError(
          "unexpected character '\(scalar)': quote the value: \"\(String(String.UnicodeScalarView(scalars[value])))\"",
          at: value)
      }
      let hint =
        scalar == "%"
        ? "; %c goes right after a quoted string"
        : scalar == "/" ? "; write a regular expression as [word ~ \"…\"]" : ""
      throw QueryError("unexpected character '\(scalar)'\(hint)", at: start..<start + 1)
    }
    result.append(QueryLexeme(kind: .end, text: "", range: scalars.count..<scalars.count))
    return result
  }

  /// When an unquoted value after a comparison (`>= 2025`) runs straight
  /// into a character the language has no use for (`-02`), the range of
  /// the whole value as the person meant it (up to a space, `]`, `)`, `&` or
  /// `|`), so the error can say to quote it.
  static func unquotedValue(
    endingAt offset: Int, in scalars: [Unicode.Scalar], lexemes: [QueryLexeme]
  ) -> Range<Int>? {
    guard lexemes.count >= 2, let value = lexemes.last, value.range.upperBound == offset,
      value.kind == .number || value.kind == .identifier,
      lexemes[lexemes.count - 2].kind == .symbol,
      Comparison.Operator(rawValue: lexemes[lexemes.count - 2].text) != nil
    else { return nil }
    var end = offset
    let stops: Set<Unicode.Scalar> = [" ", "\t", "\n", "]", ")", "&", "|"]
    while end < scalars.count, !stops.contains(scalars[end]) { end += 1 }
    return value.range.lowerBound..<end
  }

  static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
  }

  static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
    isIdentifierStart(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
  }
}
