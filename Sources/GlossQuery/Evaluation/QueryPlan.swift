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
  /// Regular expressions decided while planning (over the lexicon) and
  /// later (span fields, sentences, metadata) count their steps in `steps`.
  init(
    _ expression: QueryExpression, index: CorpusIndex, resultSets: [String: [QueryMatch]], explaining: Bool = true,
    steps: RegexSteps
  ) throws(QueryInterruption) {
    var lines: [String] = []
    root = try Self.compile(
      expression, index: index, resultSets: resultSets, depth: 0, explaining: explaining, steps: steps, lines: &lines)
    explanation = lines
  }

  private static func compile(
    _ expression: QueryExpression, index: CorpusIndex, resultSets: [String: [QueryMatch]], depth: Int, explaining: Bool,
    steps: RegexSteps, lines: inout [String]
  ) throws(QueryInterruption) -> Node {
    let pad = String(repeating: "  ", count: depth)
    func sub(_ e: QueryExpression) throws(QueryInterruption) -> Node {
      try compile(
        e, index: index, resultSets: resultSets, depth: depth + 1, explaining: explaining, steps: steps, lines: &lines)
    }
    switch expression {
    case .sequence(let patterns):
      let sequence = try CompiledSequence(patterns, index: index, steps: steps)
      if explaining { lines.append(pad + sequence.explanation(index: index)) }
      return .sequence(sequence)
    case .spans(let pattern):
      let keys = index.spanVocabulary.keys(layer: pattern.layer, label: pattern.label)
      guard explaining else {
        return .spans(pattern, keys: keys, filter: pattern.condition.map { CompiledField($0, steps: steps) })
      }
      let total = index.spanTables.reduce(0) { sum, table in
        sum + keys.reduce(0) { $0 + table.rows(ofKey: $1).count }
      }
      let name = pattern.layer + (pattern.label.map { ":" + $0 } ?? "")
      lines.append(
        pad
          + "spans \(name): read from the label index (\(total) span\(total == 1 ? "" : "s"), per document in position order)"
          + (pattern.condition.map { ", kept where " + QueryDescription.field($0) } ?? "")
          + (pattern.seesRejected ? "" : ", rejected ones left out"))
      return .spans(pattern, keys: keys, filter: pattern.condition.map { CompiledField($0, steps: steps) })
    case .region(let region, let condition):
      let what =
        region == .sentence
        ? "sentences: \(index.sentenceFirstTokens.count), from the sentence index"
        : "documents: \(index.documents.count)"
      lines.append(pad + what + (condition.map { ", kept where " + QueryDescription.field($0) } ?? ""))
      return .region(region, condition.map { CompiledField($0, steps: steps) })
    case .named(let name):
      let matches = resultSets[name] ?? []
      lines.append(pad + "result set \(name): \(matches.count) stored match\(matches.count == 1 ? "" : "es")")
      return .named(name, matches)
    case .union(let left, let right):
      lines.append(pad + "union (or): the matches of either side, merged in document order")
      return .union(try sub(left), try sub(right))
    case .intersection(let left, let right):
      lines.append(pad + "intersection (and): the left matches whose range is also matched on the right")
      return .intersection(try sub(left), try sub(right))
    case .difference(let left, let right):
      lines.append(pad + "difference (and not): the left matches whose range is not matched on the right")
      return .difference(try sub(left), try sub(right))
    case .relation(let left, let relation, let right):
      lines.append(pad + QueryDescription.relation(relation))
      return .relation(try sub(left), relation, try sub(right))
    }
  }
}
