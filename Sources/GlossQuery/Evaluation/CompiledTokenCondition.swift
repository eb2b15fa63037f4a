/// A token condition that reads the token's syntax as well as its word,
/// compiled so that testing a token is a few table lookups: every
/// comparison is decided once per distinct value (per word, part of speech,
/// lemma or relation), not once per token.
struct CompiledTokenCondition {
  indirect enum Node {
    /// Decided per word id.
    case word([Bool])
    /// Decided per part-of-speech code.
    case tag([Bool])
    /// Decided per lemma code.
    case lemma([Bool])
    /// Decided per relation code.
    case relation([Bool])
    case and(Node, Node)
    case or(Node, Node)
    case not(Node)
  }

  let root: Node

  init(_ condition: TokenCondition, lexicon: Lexicon, syntax: SyntaxColumns, steps: RegexSteps)
    throws(QueryInterruption)
  {
    root = try Self.compile(condition, lexicon: lexicon, syntax: syntax, steps: steps)
  }

  private static func compile(_ condition: TokenCondition, lexicon: Lexicon, syntax: SyntaxColumns, steps: RegexSteps)
    throws(QueryInterruption) -> Node
  {
    func sub(_ inner: TokenCondition) throws(QueryInterruption) -> Node {
      try compile(inner, lexicon: lexicon, syntax: syntax, steps: steps)
    }
    switch condition {
    case .compare(.pos, let comparison): return .tag(try table(syntax.tagNames, comparison, steps))
    case .compare(.lemma, let comparison): return .lemma(try table(syntax.lemmaNames, comparison, steps))
    case .compare(.deprel, let comparison): return .relation(try table(syntax.relationNames, comparison, steps))
    case .compare:
      // Word attributes: CompiledSequence decides them over the lexicon.
      return .word(try CompiledSequence.decide(condition, lexicon: lexicon, steps: steps) ?? [])
    case .and(let a, let b): return .and(try sub(a), try sub(b))
    case .or(let a, let b): return .or(try sub(a), try sub(b))
    case .not(let a): return .not(try sub(a))
    }
  }

  /// The comparison's result for every name; code 0 ("not known") is tested
  /// as a missing value.
  private static func table(_ names: [String], _ comparison: Comparison, _ steps: RegexSteps)
    throws(QueryInterruption) -> [Bool]
  {
    let compiled = CompiledComparison(comparison, steps: steps)
    var result: [Bool] = []
    result.reserveCapacity(names.count)
    for (code, name) in names.enumerated() { result.append(try compiled.test(code == 0 ? nil : name)) }
    return result
  }

  /// Whether token `token` (a corpus-wide index) satisfies the condition.
  func test(_ token: Int, index: CorpusIndex) -> Bool {
    test(root, token, index)
  }

  private func test(_ node: Node, _ token: Int, _ index: CorpusIndex) -> Bool {
    let syntax = index.syntax
    switch node {
    case .word(let table): return table[Int(index.tokenWords[token])]
    case .tag(let table): return table[syntax.tags.isEmpty ? 0 : Int(syntax.tags[token])]
    case .lemma(let table): return table[syntax.lemmas.isEmpty ? 0 : Int(syntax.lemmas[token])]
    case .relation(let table): return table[syntax.relations.isEmpty ? 0 : Int(syntax.relations[token])]
    case .and(let a, let b): return test(a, token, index) && test(b, token, index)
    case .or(let a, let b): return test(a, token, index) || test(b, token, index)
    case .not(let a): return !test(a, token, index)
    }
  }
}
