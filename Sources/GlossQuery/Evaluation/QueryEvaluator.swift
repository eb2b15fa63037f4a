import GlossCore

/// Evaluates a ``QueryPlan`` document by document over a ``CorpusIndex``.
///
/// Every node yields a document's matches in document order; relations
/// binary-search the right side instead of comparing every pair, and token
/// sequences start only where the word index says they can.
struct QueryEvaluator {
  let index: CorpusIndex
  let corpus: Corpus
  let check: LimitCheck
  /// How sequences with repetitions are matched.
  let matching: SequenceMatching
  /// Reused buffers of the sequence matcher (no allocation per token).
  private var reach: [Int32] = []
  private var nextReach: [Int32] = []
  /// Positions of the anchor words, decoded from the postings once per query.
  private var decodedPositions: [UInt32: [Int32]] = [:]

  init(index: CorpusIndex, corpus: Corpus, limits: QueryLimits, matching: SequenceMatching = .standard) {
    self.index = index
    self.corpus = corpus
    self.check = LimitCheck(limits: limits)
    self.matching = matching
  }

  /// The matches of `plan` in documents for which `include` says yes.
  mutating func run(_ plan: QueryPlan, documents include: (Int) -> Bool = { _ in true }) throws(QueryInterruption)
    -> [QueryMatch]
  {
    var result: [QueryMatch] = []
    for document in index.documents.indices where include(document) {
      try check.check()
      result += try evaluate(plan.root, document)
    }
    return result
  }

  mutating func evaluate(_ node: QueryPlan.Node, _ document: Int) throws(QueryInterruption) -> [QueryMatch] {
    switch node {
    case .sequence(let sequence):
      return try evaluate(sequence, document)
    case .spans(let pattern, let keys, let filter):
      return try spans(keys: keys, filter: filter, seesRejected: pattern.seesRejected, document)
    case .region(let region, let filter):
      return try self.region(region, filter, document)
    case .named(_, let matches):
      let documentNumber = Int32(document)
      var low = 0
      var high = matches.count
      while low < high {
        let middle = (low + high) / 2
        if matches[middle].document < documentNumber { low = middle + 1 } else { high = middle }
      }
      var result: [QueryMatch] = []
      while low < matches.count, matches[low].document == documentNumber {
        result.append(matches[low])
        low += 1
      }
      return result
    case .union(let left, let right):
      let a = try evaluate(left, document)
      let b = try evaluate(right, document)
      if a.isEmpty { return b }
      if b.isEmpty { return a }
      var merged = a + b
      merged.sort()
      var unique: [QueryMatch] = []
      unique.reserveCapacity(merged.count)
      for match in merged where unique.last != match { unique.append(match) }
      return unique
    case .intersection(let left, let right):
      let a = try evaluate(left, document)
      if a.isEmpty { return a }
      let ranges = Set(try evaluate(right, document).map(Self.rangeKey))
      return a.filter { ranges.contains(Self.rangeKey($0)) }
    case .difference(let left, let right):
      let a = try evaluate(left, document)
      if a.isEmpty { return a }
      let ranges = Set(try evaluate(right, document).map(Self.rangeKey))
      return a.filter { !ranges.contains(Self.rangeKey($0)) }
    case .relation(let left, let relation, let right):
      let a = try evaluate(left, document)
      if a.isEmpty { return a }
      let b = try evaluate(right, document)
      if b.isEmpty {
        let holdsWithNothing = relation.kind == .contains && relation.minimumCount == 0
        return holdsWithNothing != relation.isNegated ? a : []
      }
      let context = RelationContext(index: index, document: document, right: b, relation: relation)
      return a.filter { context.holds(relation, for: $0) != relation.isNegated }
    }
  }

  private static func rangeKey(_ match: QueryMatch) -> Int64 {
    Int64(match.start) << 32 | Int64(match.end)
  }

  // MARK: - Spans and regions

  /// The spans of `keys` in `document` that `filter` keeps; rejected ones
  /// only when `seesRejected`.
  private func spans(keys: [Int32], filter: CompiledField?, seesRejected: Bool, _ document: Int)
    throws(QueryInterruption) -> [QueryMatch]
  {
    let table = index.spanTables[document]
    var result: [QueryMatch] = []
    let text = corpus.documents[document].text
    for key in keys {
      for r in table.rows(ofKey: key) {
        if !seesRejected && table.isRejected(r) { continue }
        if let filter, try !filter.test(row: r, table: table, vocabulary: index.spanVocabulary, text: text) { continue }
        result.append(
          QueryMatch(document: Int32(document), start: table.start(r), end: table.end(r), spanNumber: table.number(r)))
      }
    }
    // Storage order puts longer spans first at one start, and keys one
    // after the other; matches go by start, then end.
    var sorted = true
    for position in result.indices.dropFirst() where result[position] < result[position - 1] {
      sorted = false
      break
    }
    if !sorted { result.sort() }
    return result
  }

  /// The value of a span's field for conditions.
  static func spanField(_ field: String, row: Int, table: SpanTable, vocabulary: SpanVocabulary, text: SourceText)
    -> String?
  {
    switch field {
    case "text": return text.text(in: Int(table.start(row))..<Int(table.end(row)))
    case "status": return table.status(row).rawValue
    case "annotator": return vocabulary.strings[Int(table.annotator(row))]
    case "revision": return String(table.revision)
    case "id": return SpanID.make(Int(table.number(row)))
    case "label": return vocabulary.labels[Int(table.key(row))]
    case "layer": return vocabulary.layers[Int(table.key(row))]
    default:
      let set = table.attributeSet(row)
      return set < 0 ? nil : vocabulary.attributeSets[Int(set)][field]
    }
  }

  private func region(_ region: QueryExpression.Region, _ filter: CompiledField?, _ document: Int)
    throws(QueryInterruption) -> [QueryMatch]
  {
    let entry = index.documents[document]
    let source = corpus.documents[document]
    switch region {
    case .document:
      if let filter,
        try !filter.test({ field in
          switch field {
          case "id": return entry.id
          case "done": return index.spanTables[document].doneLayers.joined(separator: " ")
          default: return source.metadata[field]
          }
        })
      {
        return []
      }
      return [QueryMatch(document: Int32(document), start: 0, end: Int32(source.text.scalarCount))]
    case .sentence:
      var result: [QueryMatch] = []
      let first = Int(entry.firstSentence)
      for sentence in first..<first + Int(entry.sentenceCount) {
        let start = index.tokenStarts[Int(index.sentenceFirstTokens[sentence])]
        let end = index.tokenEnd(Int(index.sentenceTokenEnds[sentence]) - 1)
        if let filter, try !filter.test({ _ in source.text.text(in: Int(start)..<Int(end)) }) { continue }
        result.append(QueryMatch(document: Int32(document), start: start, end: end))
      }
      return result
    }
  }

  // MARK: - Token sequences

  private mutating func evaluate(_ sequence: CompiledSequence, _ document: Int) throws(QueryInterruption)
    -> [QueryMatch]
  {
    let entry = index.documents[document]
    let firstToken = Int(entry.firstToken)
    let endToken = firstToken + Int(entry.tokenCount)
    var result: [QueryMatch] = []
    let firstSentence = Int(entry.firstSentence)
    let endSentence = firstSentence + Int(entry.sentenceCount)
    if let anchor = sequence.anchor {
      var starts: [Int] = []
      for word in anchor.words {
        let positions: [Int32]
        if let known = decodedPositions[word] {
          positions = known
        } else {
          positions = index.positions(ofWord: word)
          decodedPositions[word] = positions
        }
        var low = positions.startIndex
        var high = positions.endIndex
        while low < high {
          let middle = (low + high) / 2
          if Int(positions[middle]) < firstToken { low = middle + 1 } else { high = middle }
        }
        while low < positions.endIndex, Int(positions[low]) < endToken {
          starts.append(Int(positions[low]) - anchor.offset)
          low += 1
        }
      }
      if anchor.words.count > 1 { starts.sort() }
      var previous = -1
      var reachedEnd = -1
      for start in starts where start >= firstToken && start != previous {
        previous = start
        let sentence = sentenceIndex(ofToken: start, from: firstSentence, to: endSentence)
        guard sentence >= 0 else { continue }
        let sentenceEnd = Int(index.sentenceTokenEnds[sentence])
        if let end = match(sequence, from: start, sentenceEnd: sentenceEnd, document: document),
          keeps(end, reached: &reachedEnd)
        {
          result.append(token(document, start, end))
        }
      }
      return result
    }
    var counter = 0
    var reachedEnd = -1
    for sentence in firstSentence..<endSentence {
      let sentenceEnd = Int(index.sentenceTokenEnds[sentence])
      for start in Int(index.sentenceFirstTokens[sentence])..<sentenceEnd {
        counter += 1
        if counter & 0xFFFF == 0 { try check.check() }
        if sequence.minimums[0] > 0, !test(sequence.tests[0], start, document) { continue }
        if let end = match(sequence, from: start, sentenceEnd: sentenceEnd, document: document),
          keeps(end, reached: &reachedEnd)
        {
          result.append(token(document, start, end))
        }
      }
    }
    return result
  }

  /// Whether a match ending at `end` is reported: in standard matching, not
  /// when it lies inside the match of an earlier start (starts come in
  /// order, so inside means ending no later than the furthest end so far).
  private func keeps(_ end: Int, reached: inout Int) -> Bool {
    guard matching == .standard else { return true }
    guard end > reached else { return false }
    reached = end
    return true
  }

  private func token(_ document: Int, _ start: Int, _ end: Int) -> QueryMatch {
    QueryMatch(document: Int32(document), start: index.tokenStarts[start], end: index.tokenEnd(end - 1))
  }

  /// The sentence holding `token`, or -1.
  private func sentenceIndex(ofToken token: Int, from first: Int, to end: Int) -> Int {
    var low = first
    var high = end
    while low < high {
      let middle = (low + high) / 2
      if Int(index.sentenceFirstTokens[middle]) <= token { low = middle + 1 } else { high = middle }
    }
    let sentence = low - 1
    guard sentence >= first, token < Int(index.sentenceTokenEnds[sentence]) else { return -1 }
    return sentence
  }

  /// The end of the shortest match starting at `start`, if any.
  private mutating func match(_ sequence: CompiledSequence, from start: Int, sentenceEnd: Int, document: Int) -> Int? {
    if sequence.isFixed {
      // Every pattern takes exactly one token: check them in turn.
      let end = start + sequence.tests.count
      guard end <= sentenceEnd else { return nil }
      for pattern in sequence.tests.indices where !test(sequence.tests[pattern], start + pattern, document) {
        return nil
      }
      return end
    }
    reach.removeAll(keepingCapacity: true)
    reach.append(Int32(start))
    for pattern in sequence.tests.indices {
      nextReach.removeAll(keepingCapacity: true)
      let minimum = sequence.minimums[pattern]
      let maximum = sequence.maximums[pattern] ?? Int.max
      let test = sequence.tests[pattern]
      for position in reach {
        var at = Int(position)
        var count = 0
        if minimum == 0 { nextReach.append(Int32(at)) }
        while count < maximum, at < sentenceEnd, self.test(test, at, document) {
          at += 1
          count += 1
          if count >= minimum { nextReach.append(Int32(at)) }
        }
      }
      if nextReach.isEmpty { return nil }
      nextReach.sort()
      reach.removeAll(keepingCapacity: true)
      for position in nextReach where reach.last != position { reach.append(position) }
    }
    if matching == .shortest {
      for end in reach where Int(end) > start { return Int(end) }
      return nil
    }
    return reach.last.map(Int.init).flatMap { $0 > start ? $0 : nil }
  }

  private func test(_ test: TokenTest, _ token: Int, _ document: Int) -> Bool {
    switch test {
    case .any: return true
    case .table(let table): return table[Int(index.tokenWords[token])]
    case .perToken(let condition): return condition.test(token, index: index)
    }
  }
}
