import GlossCore
import GlossQuery

/// The query semantics written as plainly as possible — every token and every
/// pair of matches compared — to check the indexed evaluator against.
struct NaiveEvaluator {
  struct Match: Hashable, Comparable {
    var document: Int
    var start: Int
    var end: Int
    var span: Int  // id number, -1 for none

    static func < (a: Match, b: Match) -> Bool {
      (a.document, a.start, a.end, a.span) < (b.document, b.start, b.end, b.span)
    }
  }

  let corpus: Corpus
  let annotations: [String: DocumentAnnotations]
  let resultSets: [String: [Match]]
  var matching = SequenceMatching.standard

  func run(_ expression: QueryExpression) -> [Match] {
    corpus.documents.indices.flatMap { evaluate(expression, $0).sorted() }
  }

  private func tokens(_ d: Int) -> [Range<Int>] { Tokenizer().tokenize(corpus.documents[d].text).tokens }

  /// Sentences as token index ranges (tokens starting inside each sentence).
  private func sentences(_ d: Int) -> [Range<Int>] {
    let tokenization = Tokenizer().tokenize(corpus.documents[d].text)
    return tokenization.sentences.compactMap { sentence in
      let inside = tokenization.tokens.indices.filter { sentence.contains(tokenization.tokens[$0].lowerBound) }
      return inside.isEmpty ? nil : inside.first!..<(inside.last! + 1)
    }
  }

  private func evaluate(_ expression: QueryExpression, _ d: Int) -> [Match] {
    let document = corpus.documents[d]
    let text = document.text
    switch expression {
    case .sequence(let patterns):
      let tokens = self.tokens(d)
      var result: [Match] = []
      var reached = -1
      for sentence in sentences(d) {
        for start in sentence {
          let ends = reachable(patterns, 0, start, sentence.upperBound, tokens, text).filter { $0 > start }
          guard let end = matching == .shortest ? ends.min() : ends.max() else { continue }
          // Standard matching drops a match inside the match of an earlier start.
          if matching == .standard {
            if end <= reached { continue }
            reached = end
          }
          result.append(Match(document: d, start: tokens[start].lowerBound, end: tokens[end - 1].upperBound, span: -1))
        }
      }
      return result
    case .spans(let pattern):
      return (annotations[document.id]?.spans ?? []).filter { span in
        span.layer == pattern.layer && (pattern.label == nil || pattern.label == span.label)
          && (span.status != .rejected || pattern.condition.map(Self.readsStatus) == true)
          && (pattern.condition.map { holds($0, span: span, document: document) } ?? true)
      }.map { Match(document: d, start: $0.start, end: $0.end, span: SpanID.number(of: $0.id)!) }
    case .region(.document, let condition):
      let ok = condition.map { holds($0) { $0 == "id" ? document.id : document.metadata[$0] } } ?? true
      return ok ? [Match(document: d, start: 0, end: text.scalarCount, span: -1)] : []
    case .region(.sentence, let condition):
      let tokens = self.tokens(d)
      return sentences(d).map {
        Match(document: d, start: tokens[$0.lowerBound].lowerBound, end: tokens[$0.upperBound - 1].upperBound, span: -1)
      }
      .filter { m in condition.map { holds($0) { _ in text.text(in: m.start..<m.end) } } ?? true }
    case .named(let name):
      return (resultSets[name] ?? []).filter { $0.document == d }
    case .union(let a, let b):
      return Array(Set(evaluate(a, d) + evaluate(b, d)))
    case .intersection(let a, let b):
      let right = evaluate(b, d)
      return evaluate(a, d).filter { m in right.contains { $0.start == m.start && $0.end == m.end } }
    case .difference(let a, let b):
      let right = evaluate(b, d)
      return evaluate(a, d).filter { m in !right.contains { $0.start == m.start && $0.end == m.end } }
    case .relation(let a, let relation, let b):
      let right = evaluate(b, d)
      let tokens = self.tokens(d)
      let sentences = self.sentences(d)
      func firstToken(_ m: Match) -> Int { tokens.firstIndex { $0.upperBound > m.start } ?? tokens.count }
      func sentence(_ m: Match) -> Int { (sentences.lastIndex { $0.lowerBound <= firstToken(m) }) ?? -1 }
      func gap(_ x: Match, _ y: Match) -> Int {
        tokens.filter { $0.lowerBound >= x.end && $0.upperBound <= y.start }.count
      }
      func precedes(_ x: Match, _ y: Match) -> Bool {
        guard y.start >= x.end else { return false }
        if let distance = relation.distance, gap(x, y) > distance { return false }
        if relation.scope == .sentence, sentence(x) != sentence(y) { return false }
        return true
      }
      return evaluate(a, d).filter { m in
        let others = right.filter { $0 != m }
        let holds: Bool
        switch relation.kind {
        case .within: holds = others.contains { $0.start <= m.start && m.end <= $0.end }
        case .contains:
          let count = others.filter { m.start <= $0.start && $0.end <= m.end }.count
          holds = count >= relation.minimumCount && count <= (relation.maximumCount ?? Int.max)
        case .overlaps: holds = others.contains { $0.start < m.end && m.start < $0.end }
        case .before: holds = right.contains { precedes(m, $0) }
        case .after: holds = right.contains { precedes($0, m) }
        case .near: holds = right.contains { precedes(m, $0) || precedes($0, m) }
        // The corpora compared here have no syntax: no token has a head.
        case .dominates, .dependsOn: holds = false
        }
        return holds != relation.isNegated
      }
    }
  }

  private func reachable(
    _ patterns: [TokenPattern], _ k: Int, _ at: Int, _ end: Int, _ tokens: [Range<Int>], _ text: SourceText
  ) -> Set<Int> {
    guard k < patterns.count else { return [at] }
    let pattern = patterns[k]
    var result: Set<Int> = []
    var position = at
    var count = 0
    if pattern.minimum == 0 { result.formUnion(reachable(patterns, k + 1, at, end, tokens, text)) }
    while count < (pattern.maximum ?? Int.max), position < end,
      pattern.condition.map({ holds($0, word: text.text(in: tokens[position])) }) ?? true
    {
      position += 1
      count += 1
      if count >= pattern.minimum { result.formUnion(reachable(patterns, k + 1, position, end, tokens, text)) }
    }
    return result
  }

  private func holds(_ condition: TokenCondition, word: String) -> Bool {
    switch condition {
    case .compare(let attribute, let comparison):
      switch attribute {
      case .word: return comparison.test(word)
      case .lower: return comparison.test(word.lowercased())
      case .shape: return comparison.test(Lexicon.shape(of: word))
      // No syntax: a missing value.
      case .pos, .lemma, .deprel: return comparison.test(nil)
      }
    case .and(let a, let b): return holds(a, word: word) && holds(b, word: word)
    case .or(let a, let b): return holds(a, word: word) || holds(b, word: word)
    case .not(let a): return !holds(a, word: word)
    }
  }

  private func holds(_ condition: FieldCondition, span: Span, document: Document) -> Bool {
    holds(condition) { field in
      switch field {
      case "text": return document.text.text(in: span.range)
      case "status": return span.status.rawValue
      case "annotator": return span.annotator
      case "revision": return String(annotations[document.id]?.revision ?? 0)
      case "id": return span.id
      case "label": return span.label
      default: return span.attributes[field]
      }
    }
  }

  /// Whether `condition` compares `status`: only then are rejected spans seen.
  private static func readsStatus(_ condition: FieldCondition) -> Bool {
    switch condition {
    case .compare(let field, _): return field == "status"
    case .and(let a, let b), .or(let a, let b): return readsStatus(a) || readsStatus(b)
    case .not(let a): return readsStatus(a)
    }
  }

  private func holds(_ condition: FieldCondition, _ value: (String) -> String?) -> Bool {
    switch condition {
    case .compare(let field, let comparison): return comparison.test(value(field))
    case .and(let a, let b): return holds(a, value) && holds(b, value)
    case .or(let a, let b): return holds(a, value) || holds(b, value)
    case .not(let a): return !holds(a, value)
    }
  }
}
