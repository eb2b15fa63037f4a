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

  init(_ patterns: [TokenPattern], index: CorpusIndex) {
    self.patterns = patterns
    isFixed = patterns.allSatisfy { $0.minimum == 1 && $0.maximum == 1 }
    tests = patterns.map { Self.test(for: $0.condition, index: index) }
    minimums = patterns.map(\.minimum)
    maximums = patterns.map(\.maximum)
    var offset = 0
    var best: (pattern: Int, offset: Int, words: [UInt32])?
    for (position, pattern) in patterns.enumerated() {
      if pattern.minimum >= 1, let condition = pattern.condition,
        let words = Self.words(condition, lexicon: index.lexicon)
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
  private static func words(_ condition: TokenCondition, lexicon: Lexicon) -> [UInt32]? {
    switch condition {
    case .compare(.word, let comparison) where comparison.op == .equal:
      if !comparison.ignoresCase { return lexicon.id(of: comparison.value).map { [$0] } ?? [] }
      guard let lower = lexicon.lowerID(of: comparison.value.lowercased()) else { return [] }
      return lexicon.lowerIDs.indices.filter { lexicon.lowerIDs[$0] == lower }.map { UInt32($0) }
    case .compare(.lower, let comparison) where comparison.op == .equal && !comparison.ignoresCase:
      guard let lower = lexicon.lowerID(of: comparison.value) else { return [] }
      return lexicon.lowerIDs.indices.filter { lexicon.lowerIDs[$0] == lower }.map { UInt32($0) }
    case .or(let left, let right):
      guard let a = words(left, lexicon: lexicon), let b = words(right, lexicon: lexicon) else { return nil }
      return Array(Set(a).union(b)).sorted()
    case .and(let left, let right):
      if let a = words(left, lexicon: lexicon) {
        let table = decide(right, lexicon: lexicon)
        if let table { return a.filter { table[Int($0)] } }
      }
      if let b = words(right, lexicon: lexicon), let table = decide(left, lexicon: lexicon) {
        return b.filter { table[Int($0)] }
      }
      return nil
    default:
      return nil
    }
  }

  private static func test(for condition: TokenCondition?, index: CorpusIndex) -> TokenTest {
    guard let condition else { return .any }
    if let table = decide(condition, lexicon: index.lexicon) { return .table(table) }
    return .perToken(CompiledTokenCondition(condition, lexicon: index.lexicon, syntax: index.syntax))
  }

  /// The condition's value for every word of the lexicon, or `nil` when it
  /// depends on more than the word (the token's syntax).
  static func decide(_ condition: TokenCondition, lexicon: Lexicon) -> [Bool]? {
    switch condition {
    case .compare(let attribute, _) where attribute.isSyntax:
      return nil
    case .compare(let attribute, let comparison):
      var table = [Bool](repeating: false, count: lexicon.count)
      if comparison.op == .equal, !comparison.ignoresCase, attribute == .word {
        if let id = lexicon.id(of: comparison.value) { table[Int(id)] = true }
        return table
      }
      let compiled = CompiledComparison(comparison)
      switch attribute {
      case .word:
        for id in 0..<lexicon.count { table[id] = compiled.test(lexicon.words[id]) }
      case .lower:
        let forms = lexicon.lowerForms.map { compiled.test($0) }
        for id in 0..<lexicon.count { table[id] = forms[Int(lexicon.lowerIDs[id])] }
      case .shape:
        let shapes = lexicon.shapes.map { compiled.test($0) }
        for id in 0..<lexicon.count { table[id] = shapes[Int(lexicon.shapeIDs[id])] }
      case .pos, .lemma, .deprel:
        return nil
      }
      return table
    case .and(let left, let right):
      guard var a = decide(left, lexicon: lexicon), let b = decide(right, lexicon: lexicon) else { return nil }
      for id in a.indices { a[id] = a[id] && b[id] }
      return a
    case .or(let left, let right):
      guard var a = decide(left, lexicon: lexicon), let b = decide(right, lexicon: lexicon) else { return nil }
      for id in a.indices { a[id] = a[id] || b[id] }
      return a
    case .not(let inner):
      guard var a = decide(inner, lexicon: lexicon) else { return nil }
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
