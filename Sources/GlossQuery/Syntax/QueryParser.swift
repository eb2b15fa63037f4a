import GlossCore

/// A hand-written recursive-descent parser for the query language (grammar
/// in `QUERY.md`), checking names against a ``QueryVocabulary`` as it goes.
///
/// Errors name the column, with an explanation and, for unknown names, the
/// nearest known one.
public struct QueryParser {
  private let lexemes: [QueryLexeme]
  private var position = 0
  private let vocabulary: QueryVocabulary
  /// How deep the expression being parsed is nested: enclosing parentheses,
  /// `!` and binary operators (`within`, `and`, `|`, …, each of a chain).
  private var depth = 0

  /// The deepest nesting a query may have; deeper queries are refused
  /// (their trees would overflow the stack of the evaluator).
  public static let maximumDepth = 200

  /// Parses `query` into an expression tree.
  public static func parse(_ query: String, vocabulary: QueryVocabulary) throws(QueryError) -> QueryExpression {
    var parser = QueryParser(lexemes: try QueryLexer.lexemes(query), vocabulary: vocabulary)
    guard parser.current.kind != .end else {
      throw QueryError("the query is empty; try \"treaty\" or entity:PERSON", at: 0..<0)
    }
    let expression = try parser.parseOr()
    if parser.current.isSymbol("|") || parser.current.isSymbol("&") || parser.current.isSymbol("!") {
      let word = parser.current.isSymbol("|") ? "or" : parser.current.isSymbol("&") ? "and" : "and not"
      throw QueryError(
        "'\(parser.current.text)' combines conditions inside [ ]; between queries write \(word)",
        at: parser.current.range)
    }
    guard parser.current.kind == .end else {
      throw QueryError(
        "unexpected '\(parser.current.text)' after a complete query; join queries with and, or, within, contains…",
        at: parser.current.range)
    }
    return expression
  }

  private init(lexemes: [QueryLexeme], vocabulary: QueryVocabulary) {
    self.lexemes = lexemes
    self.vocabulary = vocabulary
  }

  // MARK: - Lexeme access

  private var current: QueryLexeme { lexemes[position] }
  private var next: QueryLexeme { lexemes[min(position + 1, lexemes.count - 1)] }

  private mutating func advance() -> QueryLexeme {
    let lexeme = lexemes[position]
    if position < lexemes.count - 1 { position += 1 }
    return lexeme
  }

  private mutating func take(symbol: String) -> Bool {
    guard current.isSymbol(symbol) else { return false }
    position += 1
    return true
  }

  private mutating func take(keyword: String) -> Bool {
    guard current.isKeyword(keyword) else { return false }
    position += 1
    return true
  }

  /// One level deeper, because of `lexeme`; refused past ``maximumDepth``.
  private mutating func deeper(_ lexeme: QueryLexeme) throws(QueryError) {
    depth += 1
    guard depth <= Self.maximumDepth else {
      throw QueryError(
        "the query is nested more than \(Self.maximumDepth) levels deep at column \(lexeme.range.lowerBound + 1) "
          + "(parentheses, !, and chains of "
          + "within, and, or, |, &…); split it with let NAME = …", at: lexeme.range)
    }
  }

  private mutating func expect(symbol: String, _ explanation: String) throws(QueryError) {
    guard take(symbol: symbol) else { throw unexpected(explanation) }
  }

  private func unexpected(_ expected: String) -> QueryError {
    let found = current.kind == .end ? "the end of the query" : "'\(current.text)'"
    // `[text = North Korea]`: an unquoted value followed by more words.
    if position >= 2, current.kind == .identifier || current.kind == .number,
      lexemes[position - 1].kind == .identifier || lexemes[position - 1].kind == .number,
      lexemes[position - 2].kind == .symbol, Comparison.Operator(rawValue: lexemes[position - 2].text) != nil
    {
      var last = position
      while last + 1 < lexemes.count, lexemes[last + 1].kind == .identifier || lexemes[last + 1].kind == .number {
        last += 1
      }
      let words = lexemes[(position - 1)...last].map(\.text).joined(separator: " ")
      return QueryError(
        "expected \(expected), found \(found): quote a value of several words: \"\(words)\"",
        at: lexemes[position - 1].range.lowerBound..<lexemes[last].range.upperBound)
    }
    return QueryError(
      "expected \(expected), found \(found)",
      at: current.kind == .end ? current.range.lowerBound..<current.range.lowerBound + 1 : current.range)
  }

  private mutating func number(_ what: String) throws(QueryError) -> Int {
    guard current.kind == .number, let value = Int(current.text) else { throw unexpected(what) }
    _ = advance()
    return value
  }

  // MARK: - Expressions

  private mutating func parseOr() throws(QueryError) -> QueryExpression {
    let saved = depth
    defer { depth = saved }
    var left = try parseAnd()
    while current.isKeyword("or") {
      try deeper(advance())
      left = .union(left, try parseAnd())
    }
    return left
  }

  private mutating func parseAnd() throws(QueryError) -> QueryExpression {
    let saved = depth
    defer { depth = saved }
    var left = try parseRelation()
    while current.isKeyword("and") {
      try deeper(advance())
      if take(keyword: "not") {
        left = .difference(left, try parseRelation())
      } else {
        left = .intersection(left, try parseRelation())
      }
    }
    return left
  }

  private mutating func parseRelation() throws(QueryError) -> QueryExpression {
    let saved = depth
    defer { depth = saved }
    var left = try parsePrimary()
    while let kindStart = relationStart() {
      try deeper(current)
      var relation = Relation(.within)
      if take(keyword: "not") { relation.isNegated = true }
      guard let kind = relationKind() else {
        throw unexpected(
          "within, contains, overlaps, before, after or near after 'not' (write A and not B to subtract)")
      }
      let operatorLexeme = advance()
      relation.kind = kind
      if kind == .dominates || kind == .dependsOn {
        relation.dependency = parseDependencyLabel(after: operatorLexeme)
      }
      if kind == .contains, current.isSymbol("{") {
        let (minimum, maximum) = try parseRepetition(allowStar: false)
        relation.minimumCount = minimum
        relation.maximumCount = maximum
      }
      let right = try parsePrimary()
      if [.before, .after, .near].contains(kind) {
        if current.isKeyword("within"), next.kind == .number {
          _ = advance()
          relation.distance = try number("a number of tokens")
          _ = take(keyword: "tokens")
        }
        if take(keyword: "in") {
          if take(keyword: "sentence") {
            relation.scope = .sentence
          } else if take(keyword: "document") || take(keyword: "doc") {
            relation.scope = .document
          } else {
            throw unexpected("'sentence' or 'document' after 'in'")
          }
        }
      } else if current.isKeyword("within"), next.kind == .number {
        throw QueryError(
          "a distance ('within N') belongs to before, after, near or '..'",
          at: current.range.lowerBound..<next.range.upperBound)
      }
      _ = kindStart
      left = .relation(left, relation, right)
    }
    return left
  }

  /// The position of a relation operator starting here, if one does.
  private func relationStart() -> Int? {
    if current.isKeyword("not") { return position }
    return relationKind() == nil ? nil : position
  }

  /// The relation written right after `>` or `<` (`nsubj`, `obl:tmod`), if any.
  private mutating func parseDependencyLabel(after operatorLexeme: QueryLexeme) -> String? {
    guard current.kind == .identifier, current.range.lowerBound == operatorLexeme.range.upperBound else { return nil }
    var label = advance()
    var text = label.text
    while current.isSymbol(":"), current.range.lowerBound == label.range.upperBound, next.kind == .identifier,
      next.range.lowerBound == current.range.upperBound
    {
      _ = advance()
      label = advance()
      text += ":" + label.text
    }
    return text
  }

  private func relationKind() -> Relation.Kind? {
    if current.isSymbol("..") { return .before }
    if current.isSymbol(">") { return .dominates }
    if current.isSymbol("<") { return .dependsOn }
    guard current.kind == .identifier else { return nil }
    return Relation.Kind(rawValue: current.text)
  }

  private mutating func parsePrimary() throws(QueryError) -> QueryExpression {
    let lexeme = current
    switch lexeme.kind {
    case .string:
      return try parseSequence()
    case .symbol where lexeme.text == "[":
      return try parseSequence()
    case .symbol where lexeme.text == "(":
      try deeper(advance())
      defer { depth -= 1 }
      let inner = try parseOr()
      try expect(symbol: ")", "')' to close the '(' at column \(lexeme.range.lowerBound + 1)")
      return inner
    case .identifier where lexeme.text == "not":
      throw QueryError(
        "'not' needs something to take away from: write A and not B, or A not within B", at: lexeme.range)
    case .identifier:
      return try parseName()
    case .end:
      throw unexpected("a token pattern (\"word\", [lower=\"word\"]), a span (entity:PERSON) or '('")
    default:
      throw unexpected("a token pattern (\"word\", [lower=\"word\"]), a span (entity:PERSON) or '('")
    }
  }

  // MARK: - Token sequences

  private mutating func parseSequence() throws(QueryError) -> QueryExpression {
    var patterns: [TokenPattern] = []
    while current.kind == .string || current.isSymbol("[") {
      let lexeme = current
      var items: [TokenPattern]
      if lexeme.kind == .string {
        _ = advance()
        let words = Self.words(of: lexeme.text)
        guard !words.isEmpty else { throw QueryError("an empty string matches no token", at: lexeme.range) }
        items = words.map {
          TokenPattern(condition: .compare(.word, Comparison(.equal, $0, ignoresCase: lexeme.ignoresCase)))
        }
      } else {
        _ = advance()
        if take(symbol: "]") {
          items = [TokenPattern(condition: nil)]
        } else {
          let condition = try parseTokenOr()
          try expect(symbol: "]", "']' to close the token pattern at column \(lexeme.range.lowerBound + 1)")
          items = [TokenPattern(condition: condition)]
        }
      }
      if ["?", "*", "+", "{"].contains(where: current.isSymbol) {
        guard items.count == 1 else {
          throw QueryError(
            "a repetition cannot follow a phrase of \(items.count) words; put it after one [ ] pattern",
            at: current.range)
        }
        let (minimum, maximum) = try parseRepetition(allowStar: true)
        items[0].minimum = minimum
        items[0].maximum = maximum
      }
      patterns += items
    }
    guard patterns.contains(where: { $0.minimum > 0 }) else {
      throw QueryError(
        "every part of this sequence is optional, so it could match nothing; make one part required", at: current.range)
    }
    return .sequence(patterns)
  }

  /// `?`, `*`, `+`, `{n}`, `{n,}`, `{,m}`, `{n,m}`.
  private mutating func parseRepetition(allowStar: Bool) throws(QueryError) -> (Int, Int?) {
    let start = current
    if allowStar {
      if take(symbol: "?") { return (0, 1) }
      if take(symbol: "*") { return (0, nil) }
      if take(symbol: "+") { return (1, nil) }
    }
    try expect(symbol: "{", "'{'")
    var minimum = 0
    var maximum: Int?
    if current.kind == .number { minimum = try number("a number") }
    if take(symbol: ",") {
      if current.kind == .number { maximum = try number("a number") }
    } else {
      maximum = minimum
    }
    try expect(symbol: "}", "'}' to close the repetition {n,m}")
    if let maximum, maximum < minimum {
      throw QueryError(
        "the repetition {\(minimum),\(maximum)} has its maximum below its minimum",
        at: start.range.lowerBound..<lexemes[position - 1].range.upperBound)
    }
    return (minimum, maximum)
  }

  private mutating func parseTokenOr() throws(QueryError) -> TokenCondition {
    let saved = depth
    defer { depth = saved }
    var left = try parseTokenAnd()
    while current.isSymbol("|") {
      try deeper(advance())
      left = .or(left, try parseTokenAnd())
    }
    return left
  }

  private mutating func parseTokenAnd() throws(QueryError) -> TokenCondition {
    let saved = depth
    defer { depth = saved }
    var left = try parseTokenUnary()
    while current.isSymbol("&") {
      try deeper(advance())
      left = .and(left, try parseTokenUnary())
    }
    return left
  }

  private mutating func parseTokenUnary() throws(QueryError) -> TokenCondition {
    let saved = depth
    defer { depth = saved }
    if current.isSymbol("!") {
      try deeper(advance())
      return .not(try parseTokenUnary())
    }
    if current.isSymbol("(") {
      let open = advance()
      try deeper(open)
      let inner = try parseTokenOr()
      try expect(symbol: ")", "')' to close the '(' at column \(open.range.lowerBound + 1)")
      return inner
    }
    if current.kind == .string {
      // A bare string in brackets is the word itself: ["treaty"%c].
      let value = advance()
      return .compare(.word, Comparison(.equal, value.text, ignoresCase: value.ignoresCase))
    }
    guard current.kind == .identifier else {
      throw unexpected(
        "a token attribute (\(TokenAttribute.allCases.map(\.rawValue).joined(separator: ", "))) or a quoted word")
    }
    let name = advance()
    guard let attribute = TokenAttribute(rawValue: name.text) else {
      throw QueryError(
        "tokens have no attribute '\(name.text)'"
          + QueryVocabulary.hint(name.text, among: TokenAttribute.allCases.map(\.rawValue))
          + "; token attributes are " + TokenAttribute.allCases.map(\.rawValue).joined(separator: ", "),
        at: name.range)
    }
    if attribute.isSyntax, !vocabulary.hasSyntax {
      throw QueryError(
        "no document has syntax yet (part of speech, lemmas, parses): run 'tag' (or gloss tag) to compute it",
        at: name.range)
    }
    return .compare(attribute, try parseComparison())
  }

  /// `OP VALUE` where VALUE is a string, a number or a bare name.
  private mutating func parseComparison() throws(QueryError) -> Comparison {
    guard current.kind == .symbol, let op = Comparison.Operator(rawValue: current.text) else {
      throw unexpected("a comparison (=, !=, ~, !~, <, <=, >, >=)")
    }
    _ = advance()
    let value = current
    guard value.kind == .string || value.kind == .number || value.kind == .identifier else {
      throw unexpected("a value in quotes")
    }
    _ = advance()
    if op == .matches || op == .notMatches {
      do {
        _ = try QueryRegex(value.text, ignoresCase: value.ignoresCase)
      } catch {
        throw QueryError("this regular expression does not compile: \(error)", at: value.range)
      }
    }
    return Comparison(op, value.text, ignoresCase: value.ignoresCase)
  }

  // MARK: - Names: spans, regions, result sets

  private mutating func parseName() throws(QueryError) -> QueryExpression {
    let name = advance()
    switch name.text {
    case "sentence", "document", "doc":
      let region: QueryExpression.Region = name.text == "sentence" ? .sentence : .document
      var condition: FieldCondition?
      if current.isSymbol("[") {
        let fields = region == .sentence ? ["text"] : Array(vocabulary.metadataFields.union(["id"]))
        condition = try parseFieldBlock(
          fields: fields, what: region == .sentence ? "a sentence" : "a document's metadata")
      }
      return .region(region, condition)
    default:
      break
    }
    if QueryVocabulary.keywords.contains(name.text) {
      throw QueryError("'\(name.text)' is a keyword and cannot start a query part here", at: name.range)
    }
    guard let layer = vocabulary.scheme.layer(named: name.text) else {
      if vocabulary.resultSets.contains(name.text) {
        guard !current.isSymbol(":"), !current.isSymbol("."), !current.isSymbol("[") else {
          throw QueryError("'\(name.text)' is a result set, not a layer: it has no labels or fields", at: current.range)
        }
        return .named(name.text)
      }
      let owners = vocabulary.scheme.layers.filter { $0.label(named: name.text) != nil }.map(\.name)
      if let owner = owners.first, !current.isSymbol(":") {
        throw QueryError("'\(name.text)' is a label; write it with its layer: \(owner):\(name.text)", at: name.range)
      }
      let candidates = vocabulary.scheme.layerNames + vocabulary.resultSets + ["sentence", "document"]
      throw QueryError(
        "unknown layer or result set '\(name.text)'" + QueryVocabulary.hint(name.text, among: candidates)
          + "; layers: " + vocabulary.scheme.layerNames.joined(separator: ", "), at: name.range)
    }
    var pattern = SpanPattern(layer: layer.name)
    if take(symbol: ":") {
      guard current.kind == .identifier else { throw unexpected("a label after '\(layer.name):'") }
      let label = advance()
      guard layer.label(named: label.text) != nil else {
        throw QueryError(
          "layer \(layer.name) has no label '\(label.text)'"
            + QueryVocabulary.hint(label.text, among: layer.labels.map(\.name))
            + "; its labels: " + layer.labels.map(\.name).joined(separator: ", "), at: label.range)
      }
      pattern.label = label.text
    }
    let fields = vocabulary.spanFields(of: layer.name)
    if take(symbol: ".") {
      // layer.attribute OP value, as in time.value >= "2024-06".
      guard current.kind == .identifier else { throw unexpected("an attribute name after '.'") }
      let field = advance()
      pattern.condition = try fieldComparison(field, fields: fields, what: "spans of \(layer.name)")
    } else if current.isSymbol("[") {
      pattern.condition = try parseFieldBlock(fields: fields, what: "spans of \(layer.name)")
    }
    return .spans(pattern)
  }

  private mutating func parseFieldBlock(fields: [String], what: String) throws(QueryError) -> FieldCondition {
    let open = advance()
    let condition = try parseFieldOr(fields: fields, what: what)
    try expect(symbol: "]", "']' to close the conditions at column \(open.range.lowerBound + 1)")
    return condition
  }

  private mutating func parseFieldOr(fields: [String], what: String) throws(QueryError) -> FieldCondition {
    let saved = depth
    defer { depth = saved }
    var left = try parseFieldAnd(fields: fields, what: what)
    while current.isSymbol("|") {
      try deeper(advance())
      left = .or(left, try parseFieldAnd(fields: fields, what: what))
    }
    return left
  }

  private mutating func parseFieldAnd(fields: [String], what: String) throws(QueryError) -> FieldCondition {
    let saved = depth
    defer { depth = saved }
    var left = try parseFieldUnary(fields: fields, what: what)
    while current.isSymbol("&") {
      try deeper(advance())
      left = .and(left, try parseFieldUnary(fields: fields, what: what))
    }
    return left
  }

  private mutating func parseFieldUnary(fields: [String], what: String) throws(QueryError) -> FieldCondition {
    let saved = depth
    defer { depth = saved }
    if current.isSymbol("!") {
      try deeper(advance())
      return .not(try parseFieldUnary(fields: fields, what: what))
    }
    if current.isSymbol("(") {
      let open = advance()
      try deeper(open)
      let inner = try parseFieldOr(fields: fields, what: what)
      try expect(symbol: ")", "')' to close the '(' at column \(open.range.lowerBound + 1)")
      return inner
    }
    guard current.kind == .identifier else {
      throw unexpected("a field name such as \(fields.prefix(3).joined(separator: ", "))")
    }
    return try fieldComparison(advance(), fields: fields, what: what)
  }

  private mutating func fieldComparison(_ field: QueryLexeme, fields: [String], what: String) throws(QueryError)
    -> FieldCondition
  {
    guard fields.contains(field.text) else {
      throw QueryError(
        "\(what) have no field '\(field.text)'" + QueryVocabulary.hint(field.text, among: fields)
          + "; fields: " + fields.sorted().joined(separator: ", "), at: field.range)
    }
    let valueStart = position + 1
    let comparison = try parseComparison()
    if field.text == "status", comparison.op == .equal || comparison.op == .notEqual,
      SpanStatus(rawValue: comparison.value) == nil
    {
      let statuses = ["suggested", "accepted", "rejected"]
      throw QueryError(
        "a status is suggested, accepted or rejected, not '\(comparison.value)'"
          + QueryVocabulary.hint(comparison.value, among: statuses), at: lexemes[valueStart].range)
    }
    return .compare(field.text, comparison)
  }

  // MARK: - Phrases

  /// The words of a quoted phrase, split the way the corpus is tokenized.
  static func words(of phrase: String) -> [String] {
    let text = SourceText(phrase)
    return Tokenizer().tokenize(text).tokens.map { text.text(in: $0) }
  }
}
