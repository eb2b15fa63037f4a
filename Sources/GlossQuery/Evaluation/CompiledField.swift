import GlossCore

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

  init(_ condition: FieldCondition, steps: RegexSteps? = nil) {
    var slots = 0
    func compile(_ condition: FieldCondition) -> Node {
      switch condition {
      case .compare(let field, let comparison):
        slots += 1
        return .compare(field, CompiledComparison(comparison, steps: steps), slot: slots - 1)
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
  func test(row: Int, table: SpanTable, vocabulary: SpanVocabulary, text: SourceText) throws(QueryInterruption)
    -> Bool
  {
    func value(_ field: String) -> String? {
      QueryEvaluator.spanField(field, row: row, table: table, vocabulary: vocabulary, text: text)
    }
    func run(_ node: Node) throws(QueryInterruption) -> Bool {
      switch node {
      case .compare(let field, let comparison, let slot):
        let key: Int
        switch field {
        case "text", "id": return try comparison.test(value(field))
        case "revision": key = table.revision
        case "status": key = Int(table.statusCodes[row])
        case "annotator": key = Int(table.annotator(row))
        case "label", "layer": key = Int(table.key(row))
        default: key = Int(table.attributeSet(row))
        }
        if let known = memo.byID[slot][key] { return known }
        let result = try comparison.test(value(field))
        memo.byID[slot][key] = result
        return result
      case .and(let a, let b): return try run(a) ? try run(b) : false
      case .or(let a, let b): return try run(a) ? true : try run(b)
      case .not(let a): return try !run(a)
      }
    }
    return try run(root)
  }

  /// Whether the condition holds, with `value` giving each field's value.
  func test(_ value: (String) -> String?) throws(QueryInterruption) -> Bool {
    func run(_ node: Node) throws(QueryInterruption) -> Bool {
      switch node {
      case .compare(let field, let comparison, let slot):
        guard field != "text", field != "id", let fieldValue = value(field) else {
          return try comparison.test(value(field))
        }
        if let known = memo.results[slot][fieldValue] { return known }
        let result = try comparison.test(fieldValue)
        memo.results[slot][fieldValue] = result
        return result
      case .and(let a, let b): return try run(a) ? try run(b) : false
      case .or(let a, let b): return try run(a) ? true : try run(b)
      case .not(let a): return try !run(a)
      }
    }
    return try run(root)
  }
}
