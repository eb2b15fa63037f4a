import GlossCore
import GlossQuery

/// Random corpora and random queries over them, from a seed, so every
/// failing case can be replayed from its seed.
struct RandomQueries {
  var random: SeededGenerator

  /// The generator for `seed`. Its stream starts one step further on than
  /// `SeededGenerator(seed: seed)`, as it always has, so the cases of each
  /// seed stay the same.
  init(seed: UInt64) {
    random = SeededGenerator(seed: seed &+ SeededGenerator.increment)
  }

  static let words = [
    "the", "The", "treaty", "Treaty", "Putin", "Kim", "signed", "in", "2024", "June", "Korea", "North", "was", ",",
  ]
  static let labels = ["entity:PERSON", "entity:GPE", "entity:LAW", "time:DATE", "clause:MAIN", "clause:SUB"]

  mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
  mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
  mutating func number(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

  /// Documents of a few sentences, with spans on token boundaries.
  mutating func corpus() -> (
    documents: [(id: String, text: String, metadata: [String: String])], spans: [String: [Span]]
  ) {
    var documents: [(String, String, [String: String])] = []
    var spans: [String: [Span]] = [:]
    for d in 0..<number(1...3) {
      var sentences: [String] = []
      for _ in 0..<number(1...4) {
        sentences.append((0..<number(2...9)).map { _ in pick(Self.words) }.joined(separator: " ") + " .")
      }
      let text = sentences.joined(separator: " ")
      let id = "d\(d)"
      documents.append((id, text, ["dct": pick(["2024-06", "2024-11", "1996"])]))
      let tokens = Tokenizer().tokenize(SourceText(text)).tokens
      var list: [Span] = []
      var seen: Set<String> = []
      for n in 1...number(1...12) {
        let qualified = pick(Self.labels)
        let parts = qualified.split(separator: ":").map(String.init)
        let first = number(0...(tokens.count - 1))
        let last = min(tokens.count - 1, first + number(0...(parts[0] == "clause" ? 8 : 2)))
        let range = tokens[first].lowerBound..<tokens[last].upperBound
        guard seen.insert("\(qualified)\(range)").inserted else { continue }
        list.append(
          Span(
            id: SpanID.make(n), layer: parts[0], label: parts[1], start: range.lowerBound, end: range.upperBound,
            attributes: parts[0] == "time" ? ["value": pick(["2024", "2024-06", "1996"])] : [:],
            annotator: pick(["ana", "tagger:x@1"]), status: pick(SpanStatus.allCases)))
      }
      spans[id] = list
    }
    return (documents.map { (id: $0.0, text: $0.1, metadata: $0.2) }, spans)
  }

  mutating func comparison(values: [String]) -> Comparison {
    switch number(0...5) {
    case 0: return Comparison(.matches, pick(["^T", "a", "^[0-9]+$", "e$"]), ignoresCase: chance(30))
    case 1: return Comparison(.notEqual, pick(values))
    case 2: return Comparison(pick([.less, .greaterOrEqual]), pick(values))
    default: return Comparison(.equal, pick(values), ignoresCase: chance(30))
    }
  }

  mutating func tokenCondition(depth: Int = 0) -> TokenCondition {
    if depth < 2, chance(25) {
      let a = tokenCondition(depth: depth + 1)
      let b = tokenCondition(depth: depth + 1)
      return pick([.and(a, b), .or(a, b), .not(a)])
    }
    switch number(0...3) {
    case 0: return .compare(.lower, comparison(values: Self.words.map { $0.lowercased() }))
    case 1: return .compare(.shape, comparison(values: ["Xxxxx", "xxx", "dddd", "Xxx", ","]))
    default: return .compare(.word, comparison(values: Self.words))
    }
  }

  mutating func expression(depth: Int = 0, sets: [String] = []) -> QueryExpression {
    if depth >= 3 || chance(40) {
      switch number(0...6) {
      case 0, 1:
        var patterns = (0..<number(1...3)).map { _ in
          TokenPattern(condition: chance(20) ? nil : tokenCondition(), minimum: 1, maximum: 1)
        }
        for index in patterns.indices where chance(30) {
          patterns[index].minimum = number(0...1)
          patterns[index].maximum = chance(30) ? nil : patterns[index].minimum + number(0...2)
        }
        if !patterns.contains(where: { $0.minimum > 0 }) {
          patterns[0].minimum = 1
          patterns[0].maximum = patterns[0].maximum.map { max($0, 1) }
        }
        return .sequence(patterns)
      case 2, 3:
        let parts = pick(Self.labels).split(separator: ":").map(String.init)
        var pattern = SpanPattern(layer: parts[0], label: chance(60) ? parts[1] : nil)
        if chance(30) {
          let field = pick(["status", "annotator", "text", "value"])
          let values = [
            "status": ["suggested", "accepted"], "annotator": ["ana"], "text": ["Putin", "the treaty"],
            "value": ["2024", "2024-06"],
          ][field]!
          pattern.condition = .compare(field, comparison(values: values))
          if pattern.layer != "time", field == "value" { pattern.condition = nil }
        }
        return .spans(pattern)
      case 4:
        return .region(.sentence, chance(30) ? .compare("text", Comparison(.matches, pick(["treaty", "^The"]))) : nil)
      case 5:
        if let set = sets.first, chance(60) { return .named(set) }
        return .region(
          .document,
          chance(50) ? .compare("dct", Comparison(pick([.greaterOrEqual, .equal]), pick(["2024-06", "1996"]))) : nil)
      default:
        return .spans(SpanPattern(layer: pick(["entity", "time", "clause"])))
      }
    }
    let a = expression(depth: depth + 1, sets: sets)
    let b = expression(depth: depth + 1, sets: sets)
    switch number(0...4) {
    case 0: return .union(a, b)
    case 1: return .intersection(a, b)
    case 2: return .difference(a, b)
    default:
      var relation = Relation(pick([.within, .contains, .overlaps, .before, .after, .near]), isNegated: chance(25))
      if relation.kind == .contains, chance(40) {
        relation.minimumCount = number(0...2)
        relation.maximumCount = chance(50) ? relation.minimumCount + number(0...1) : nil
      }
      if [.before, .after, .near].contains(relation.kind) {
        if chance(50) { relation.distance = number(0...3) }
        if chance(50) { relation.scope = .sentence }
      }
      return .relation(a, relation, b)
    }
  }
}
