import GlossCore

/// A query compiled against an index: token conditions decided once per
/// distinct word, span patterns resolved to label keys, start positions
/// chosen from the word index where possible. ``explain`` describes it.
public struct QueryPlan {
  indirect enum Node {
    case sequence(CompiledSequence)
    case spans(SpanPattern, keys: [Int32], filter: CompiledField?)
    case region(QueryExpression.Region, CompiledField?)
    case named(String, [QueryMatch])
    case union(Node, Node)
    case intersection(Node, Node)
    case difference(Node, Node)
    case relation(Node, Relation, Node)
  }

  let root: Node
  /// The lines of ``explain``.
  public let explanation: [String]

  /// How it will be evaluated, one step per line, indented by nesting.
  public var explain: String { explanation.joined(separator: "\n") }

  /// Plans `expression`; with `explaining`, also counts what each step
  /// will read, for ``explain`` (which costs a pass over the span tables).
  init(_ expression: QueryExpression, index: CorpusIndex, resultSets: [String: [QueryMatch]], explaining: Bool = true) {
    var lines: [String] = []
    root = Self.compile(expression, index: index, resultSets: resultSets, depth: 0, explaining: explaining, lines: &lines)
    explanation = lines
  }

  private static func compile(
    _ expression: QueryExpression, index: CorpusIndex, resultSets: [String: [QueryMatch]], depth: Int, explaining: Bool,
    lines: inout [String]
  ) -> Node {
    let pad = String(repeating: "  ", count: depth)
    func sub(_ e: QueryExpression) -> Node {
      compile(e, index: index, resultSets: resultSets, depth: depth + 1, explaining: explaining, lines: &lines)
    }
    switch expression {
    case .sequence(let patterns):
      let sequence = CompiledSequence(patterns, index: index)
      if explaining { lines.append(pad + sequence.explanation(index: index)) }
      return .sequence(sequence)
    case .spans(let pattern):
      let keys = index.spanVocabulary.keys(layer: pattern.layer, label: pattern.label)
      guard explaining else { return .spans(pattern, keys: keys, filter: pattern.condition.map { CompiledField($0) }) }
      let total = index.spanTables.reduce(0) { sum, table in
        sum + keys.reduce(0) { $0 + (table.rowsByKey[$1]?.count ?? 0) }
      }
      let name = pattern.layer + (pattern.label.map { ":" + $0 } ?? "")
      lines.append(
        pad + "spans \(name): read from the label index (\(total) span\(total == 1 ? "" : "s"), per document in position order)"
          + (pattern.condition.map { ", kept where " + QueryDescription.field($0) } ?? ""))
      return .spans(pattern, keys: keys, filter: pattern.condition.map { CompiledField($0) })
    case .region(let region, let condition):
      let what = region == .sentence ? "sentences: \(index.sentenceFirstTokens.count), from the sentence index" : "documents: \(index.documents.count)"
      lines.append(pad + what + (condition.map { ", kept where " + QueryDescription.field($0) } ?? ""))
      return .region(region, condition.map { CompiledField($0) })
    case .named(let name):
      let matches = resultSets[name] ?? []
      lines.append(pad + "result set \(name): \(matches.count) stored match\(matches.count == 1 ? "" : "es")")
      return .named(name, matches)
    case .union(let left, let right):
      lines.append(pad + "union (or): the matches of either side, merged in document order")
      return .union(sub(left), sub(right))
    case .intersection(let left, let right):
      lines.append(pad + "intersection (and): the left matches whose range is also matched on the right")
      return .intersection(sub(left), sub(right))
    case .difference(let left, let right):
      lines.append(pad + "difference (and not): the left matches whose range is not matched on the right")
      return .difference(sub(left), sub(right))
    case .relation(let left, let relation, let right):
      lines.append(pad + QueryDescription.relation(relation))
      return .relation(sub(left), relation, sub(right))
    }
  }
}

/// A token test: always true, decided per distinct word, or per token (`pos`).
enum TokenTest {
  case any
  case table([Bool])
  case perToken(TokenCondition)
}

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
    tests = patterns.map { Self.test(for: $0.condition, lexicon: index.lexicon) }
    minimums = patterns.map(\.minimum)
    maximums = patterns.map(\.maximum)
    var offset = 0
    var best: (pattern: Int, offset: Int, words: [UInt32])?
    for (position, pattern) in patterns.enumerated() {
      if pattern.minimum >= 1, let condition = pattern.condition, let words = Self.words(condition, lexicon: index.lexicon) {
        let count = words.reduce(0) { $0 + index.positions(ofWord: $1).count }
        let bestCount = best.map { $0.words.reduce(0) { $0 + index.positions(ofWord: $1).count } } ?? Int.max
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

  private static func test(for condition: TokenCondition?, lexicon: Lexicon) -> TokenTest {
    guard let condition else { return .any }
    if let table = decide(condition, lexicon: lexicon) { return .table(table) }
    return .perToken(condition)
  }

  /// The condition's value for every word of the lexicon, or `nil` when it
  /// depends on more than the word (`pos`).
  static func decide(_ condition: TokenCondition, lexicon: Lexicon) -> [Bool]? {
    switch condition {
    case .compare(.pos, _):
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
      case .pos:
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
      let count = anchor.words.reduce(0) { $0 + index.positions(ofWord: $1).count }
      text += "start positions from the word index via pattern \(anchor.pattern + 1) "
        + "(\(anchor.words.count) word form\(anchor.words.count == 1 ? "" : "s"), \(count) position\(count == 1 ? "" : "s")"
        + (anchor.offset > 0 ? ", \(anchor.offset) token\(anchor.offset == 1 ? "" : "s") before it" : "") + ")"
    } else {
      text += "every token is tried (\(index.tokenWords.count) tokens)"
    }
    let decided = tests.filter { if case .table = $0 { return true } else { return false } }.count
    if decided > 0 { text += "; \(decided) condition\(decided == 1 ? "" : "s") decided once per distinct word (\(index.lexicon.count) words)" }
    if tests.contains(where: { if case .perToken = $0 { return true } else { return false } }) {
      text += "; part-of-speech conditions checked per token"
    }
    return text
  }
}

/// A field condition with its comparisons compiled.
struct CompiledField {
  indirect enum Node {
    case compare(String, CompiledComparison, slot: Int)
    case and(Node, Node)
    case or(Node, Node)
    case not(Node)
  }

  let root: Node
  /// Results per field and value for fields with few distinct values
  /// (status, annotator, label, attributes), so each is decided once.
  private let memo = Memo()

  private final class Memo {
    var results: [[String: Bool]] = []
    var byID: [[Int: Bool]] = []
  }

  init(_ condition: FieldCondition) {
    var slots = 0
    func compile(_ condition: FieldCondition) -> Node {
      switch condition {
      case .compare(let field, let comparison):
        slots += 1
        return .compare(field, CompiledComparison(comparison), slot: slots - 1)
      case .and(let a, let b): return .and(compile(a), compile(b))
      case .or(let a, let b): return .or(compile(a), compile(b))
      case .not(let a): return .not(compile(a))
      }
    }
    root = compile(condition)
    memo.results = Array(repeating: [:], count: slots)
    memo.byID = Array(repeating: [:], count: slots)
  }

  /// Whether a span satisfies the condition. Fields that depend on an
  /// interned id (status, annotator, label, attributes) are decided once per
  /// id; the covered text and the id are tested per span.
  func test(row: Int, table: SpanTable, vocabulary: SpanVocabulary, text: SourceText) -> Bool {
    func value(_ field: String) -> String? {
      QueryEvaluator.spanField(field, row: row, table: table, vocabulary: vocabulary, text: text)
    }
    func run(_ node: Node) -> Bool {
      switch node {
      case .compare(let field, let comparison, let slot):
        let key: Int
        switch field {
        case "text", "id": return comparison.test(value(field))
        case "revision": key = table.revision
        case "status": key = Int(table.statuses[row] == .suggested ? 0 : table.statuses[row] == .accepted ? 1 : 2)
        case "annotator": key = Int(table.annotators[row])
        case "label", "layer": key = Int(table.keys[row])
        default: key = Int(table.attributeSets[row])
        }
        if let known = memo.byID[slot][key] { return known }
        let result = comparison.test(value(field))
        memo.byID[slot][key] = result
        return result
      case .and(let a, let b): return run(a) && run(b)
      case .or(let a, let b): return run(a) || run(b)
      case .not(let a): return !run(a)
      }
    }
    return run(root)
  }

  /// Whether the condition holds, with `value` giving each field's value.
  func test(_ value: (String) -> String?) -> Bool {
    func run(_ node: Node) -> Bool {
      switch node {
      case .compare(let field, let comparison, let slot):
        guard field != "text", field != "id", let fieldValue = value(field) else { return comparison.test(value(field)) }
        if let known = memo.results[slot][fieldValue] { return known }
        let result = comparison.test(fieldValue)
        memo.results[slot][fieldValue] = result
        return result
      case .and(let a, let b): return run(a) && run(b)
      case .or(let a, let b): return run(a) || run(b)
      case .not(let a): return !run(a)
      }
    }
    return run(root)
  }
}
