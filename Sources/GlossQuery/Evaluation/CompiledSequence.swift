/// A token sequence with its tests and the way start positions are found.
struct CompiledSequence {
  var tests: [TokenTest]
  var minimums: [Int]
  var maximums: [Int?]
  /// The pattern whose words give the start positions, and how far after the
  /// start it lies; `nil`: every token is tried.
  var anchor: (pattern: Int, offset: Int, words: [UInt32])?
  let patterns: [TokenPattern]
  /// Whether every pattern matches exactly one token.
  let isFixed: Bool

  init(_ patterns: [TokenPattern], index: CorpusIndex, steps: RegexSteps) throws(QueryInterruption) {
    self.patterns = patterns
    isFixed = patterns.allSatisfy { $0.minimum == 1 && $0.maximum == 1 }
    var tests: [TokenTest] = []
    for pattern in patterns { tests.append(try Self.test(for: pattern.condition, index: index, steps: steps)) }
    self.tests = tests
    minimums = patterns.map(\.minimum)
    maximums = patterns.map(\.maximum)
    var offset = 0
    var best: (pattern: Int, offset: Int, words: [UInt32])?
    for (position, pattern) in patterns.enumerated() {
      if pattern.minimum >= 1, let condition = pattern.condition,
        let words = try Self.words(condition, lexicon: index.lexicon, steps: steps)
      {
        let count = words.reduce(0) { $0 + index.positionCount(ofWord: $1) }
        let bestCount = best.map { $0.words.reduce(0) { $0 + index.positionCount(ofWord: $1) } } ?? Int.max
        if count < bestCount { best = (position, offset, words) }
      }
      guard pattern.minimum == pattern.maximum else { break }
      offset += pattern.minimum
    }
    anchor = best
  }

  /// The word ids that satisfy `condition`, when they can be listed without
  /// testing every word (a literal word, in any case).
  private static func words(_ condition: TokenCondition, lexicon: Lexicon, steps: RegexSteps)
    throws(QueryInterruption) -> [UInt32]?
  {
    switch condition {
    case .compare(.word, let comparison) where comparison.op == .equal:
      if !comparison.ignoresCase { return lexicon.id(of: comparison.value).map { [$0] } ?? [] }
      guard let lower = lexicon.lowerID(of: comparison.value.lowercased()) else { return [] }
      return lexicon.lowerIDs.indices.filter { lexicon.lowerIDs[$0] == lower }.map { UInt32($0) }
    case .compare(.lower, let comparison) where comparison.op == .equal && !comparison.ignoresCase:
      guard let lower = lexicon.lowerID(of: comparison.value) else { return [] }
      return lexicon.lowerIDs.indices.filter { lexicon.lowerIDs[$0] == lower }.map { UInt32($0) }
    case .or(let left, let right):
      guard let a = try words(left, lexicon: lexicon, steps: steps),
        let b = try words(right, lexicon: lexicon, steps: steps)
      else { return nil }
      return Array(Set(a).union(b)).sorted()
    case .and(let left, let right):
      if let a = try words(left, lexicon: lexicon, steps: steps) {
        let table = try decide(right, lexicon: lexicon, steps: steps)
        if let table { return a.filter { table[Int($0)] } }
      }
      if let b = try words(right, lexicon: lexicon, steps: steps),
        let table = try decide(left, lexicon: lexicon, steps: steps)
      {
        return b.filter { table[Int($0)] }
      }
      return nil
    default:
      return nil
    }
  }

  private static func test(for condition: TokenCondition?, index: CorpusIndex, steps: RegexSteps)
    throws(QueryInterruption) -> TokenTest
  {
    guard let condition else { return .any }
    if let table = try decide(condition, lexicon: index.lexicon, steps: steps) { return .table(table) }
    return .perToken(try CompiledTokenCondition(condition, lexicon: index.lexicon, syntax: index.syntax, steps: steps))
  }

  /// The condition's value for every word of the lexicon, or `nil` when it
  /// depends on more than the word (the token's syntax).
  static func decide(_ condition: TokenCondition, lexicon: Lexicon, steps: RegexSteps) throws(QueryInterruption)
    -> [Bool]?
  {
    switch condition {
    case .compare(let attribute, _) where attribute.isSyntax:
      return nil
    case .compare(let attribute, let comparison):
      var table = [Bool](repeating: false, count: lexicon.count)
      if comparison.op == .equal, !comparison.ignoresCase, attribute == .word {
        if let id = lexicon.id(of: comparison.value) { table[Int(id)] = true }
        return table
      }
      let compiled = CompiledComparison(comparison, steps: steps)
      func decided(_ values: [String]) throws(QueryInterruption) -> [Bool] {
        var result = [Bool](repeating: false, count: values.count)
        for (position, value) in values.enumerated() {
          result[position] = try compiled.test(value)
          if position & 0x3FF == 0x3FF { try steps.add(1024) }
        }
        return result
      }
      switch attribute {
      case .word:
        table = try decided(lexicon.words)
      case .lower:
        let forms = try decided(lexicon.lowerForms)
        for id in 0..<lexicon.count { table[id] = forms[Int(lexicon.lowerIDs[id])] }
      case .shape:
        let shapes = try decided(lexicon.shapes)
        for id in 0..<lexicon.count { table[id] = shapes[Int(lexicon.shapeIDs[id])] }
      case .pos, .lemma, .deprel:
        return nil
      }
      return table
    case .and(let left, let right):
      guard var a = try decide(left, lexicon: lexicon, steps: steps),
        let b = try decide(right, lexicon: lexicon, steps: steps)
      else { return nil }
      for id in a.indices { a[id] = a[id] && b[id] }
      return a
    case .or(let left, let right):
      guard var a = try decide(left, lexicon: lexicon, steps: steps),
        let b = try decide(right, lexicon: lexicon, steps: steps)
      else { return nil }
      for id in a.indices { a[id] = a[id] || b[id] }
      return a
    case .not(let inner):
      guard var a = try decide(inner, lexicon: lexicon, steps: steps) else { return nil }
      for id in a.indices { a[id].toggle() }
      return a
    }
  }

  func explanation(index: CorpusIndex) -> String {
    let described = patterns.map(QueryDescription.token).joined(separator: " ")
    var text = "token sequence \(described) (inside one sentence, shortest match per start): "
    if let anchor {
      let count = anchor.words.reduce(0) { $0 + index.positionCount(ofWord: $1) }
      text +=
        "start positions from the word index via pattern \(anchor.pattern + 1) "
        + "(\(anchor.words.count) word form\(anchor.words.count == 1 ? "" : "s"), \(count) position\(count == 1 ? "" : "s")"
        + (anchor.offset > 0 ? ", \(anchor.offset) token\(anchor.offset == 1 ? "" : "s") before it" : "") + ")"
    } else {
      text += "every token is tried (\(index.tokenWords.count) tokens)"
    }
    let decided = tests.filter { if case .table = $0 { return true } else { return false } }.count
    if decided > 0 {
      text +=
        "; \(decided) condition\(decided == 1 ? "" : "s") decided once per distinct word (\(index.lexicon.count) words)"
    }
    if tests.contains(where: { if case .perToken = $0 { return true } else { return false } }) {
      text += "; syntax conditions (pos, lemma, deprel) checked per token, decided once per distinct value"
    }
    return text
  }
}
