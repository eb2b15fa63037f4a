/// The right side of a relation in one document, ordered for binary search:
/// by start (with a running maximum of ends) and by end.
struct RelationContext {
  /// The token and sentence arrays of the index (not the whole index, which
  /// would cost a retain per array for every document).
  let tokenStarts: OffsetColumn
  let tokenLengths: [UInt8]
  let longTokenEnds: [Int32: Int32]
  let sentenceFirstTokens: [Int32]
  let firstToken: Int
  let endToken: Int
  let firstSentence: Int
  let endSentence: Int
  /// Right matches by start (then end).
  let byStart: [QueryMatch]
  /// The largest end among `byStart[0...i]`.
  let maximumEnd: [Int32]
  /// Right matches by end.
  let byEnd: [QueryMatch]
  /// For dependency relations: per token of the document (from
  /// `firstToken`), whether it stands in the relation to a right match.
  private(set) var linked: [Bool]

  init(index: CorpusIndex, document: Int, right: [QueryMatch], relation: Relation) {
    let kind = relation.kind
    tokenStarts = index.tokenStarts
    tokenLengths = index.tokenLengths
    longTokenEnds = index.longTokenEnds
    sentenceFirstTokens = index.sentenceFirstTokens
    let entry = index.documents[document]
    firstToken = Int(entry.firstToken)
    endToken = firstToken + Int(entry.tokenCount)
    firstSentence = Int(entry.firstSentence)
    endSentence = firstSentence + Int(entry.sentenceCount)
    byStart = right  // evaluation yields document order
    // Only what the relation reads is computed.
    if kind == .within || kind == .overlaps {
      var running: Int32 = .min
      maximumEnd = right.map { match in
        running = max(running, match.end)
        return running
      }
    } else {
      maximumEnd = []
    }
    if kind == .after || kind == .near {
      byEnd = right.sorted { $0.end != $1.end ? $0.end < $1.end : $0.start < $1.start }
    } else {
      byEnd = []
    }
    linked = []
    if kind == .dominates || kind == .dependsOn {
      linked = linkedTokens(index.syntax, right: right, relation: relation)
    }
  }

  /// Marks the tokens that are the head (`>`) or a dependent (`<`), by the
  /// relation asked for, of a token inside a right match.
  private func linkedTokens(_ syntax: SyntaxColumns, right: [QueryMatch], relation: Relation) -> [Bool] {
    var result = [Bool](repeating: false, count: endToken - firstToken)
    guard !syntax.headOffsets.isEmpty else { return result }
    var inRight = [Bool](repeating: false, count: endToken - firstToken)
    for match in right {
      var token = firstToken(endingAfter: match.start)
      while token < endToken, tokenStarts[token] >= match.start, tokenEnd(token) <= match.end {
        inRight[token - firstToken] = true
        token += 1
      }
    }
    for dependent in firstToken..<endToken {
      guard let head = syntax.head(of: dependent), head >= firstToken, head < endToken,
        Self.matches(syntax.relation(of: dependent), relation.dependency)
      else { continue }
      if relation.kind == .dominates, inRight[dependent - firstToken] { result[head - firstToken] = true }
      if relation.kind == .dependsOn, inRight[head - firstToken] { result[dependent - firstToken] = true }
    }
    return result
  }

  /// Whether `relation` is `wanted` or one of its subtypes (`nsubj:pass` for `nsubj`).
  static func matches(_ relation: String?, _ wanted: String?) -> Bool {
    guard let wanted else { return true }
    guard let relation else { return false }
    return relation == wanted || (relation.hasPrefix(wanted) && relation.dropFirst(wanted.count).first == ":")
  }

  /// Whether a token of `a` is marked in ``linked``.
  private func linked(_ a: QueryMatch) -> Bool {
    var token = firstToken(endingAfter: a.start)
    while token < endToken, tokenStarts[token] < a.end {
      if tokenStarts[token] >= a.start, tokenEnd(token) <= a.end, linked[token - firstToken] { return true }
      token += 1
    }
    return false
  }

  func holds(_ relation: Relation, for a: QueryMatch) -> Bool {
    switch relation.kind {
    case .within: return within(a)
    case .contains: return contains(a, minimum: relation.minimumCount, maximum: relation.maximumCount)
    case .overlaps: return overlaps(a)
    case .before: return before(a, relation)
    case .after: return after(a, relation)
    case .near: return before(a, relation) || after(a, relation)
    case .dominates, .dependsOn: return linked(a)
    }
  }

  /// The number of right matches starting at or before `offset`.
  private func countStarting(atOrBefore offset: Int32) -> Int {
    var low = 0
    var high = byStart.count
    while low < high {
      let middle = (low + high) / 2
      if byStart[middle].start <= offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  private func within(_ a: QueryMatch) -> Bool {
    var j = countStarting(atOrBefore: a.start) - 1
    while j >= 0, maximumEnd[j] >= a.end {
      let b = byStart[j]
      if b.end >= a.end, b != a { return true }
      j -= 1
    }
    return false
  }

  private func contains(_ a: QueryMatch, minimum: Int, maximum: Int?) -> Bool {
    var j = countStarting(atOrBefore: a.start - 1)
    var count = 0
    while j < byStart.count, byStart[j].start < a.end {
      let b = byStart[j]
      if b.end <= a.end, b != a {
        count += 1
        if let maximum { if count > maximum { return false } } else if count >= minimum { return true }
      }
      j += 1
    }
    return count >= minimum
  }

  private func overlaps(_ a: QueryMatch) -> Bool {
    var j = countStarting(atOrBefore: a.end - 1) - 1
    while j >= 0, maximumEnd[j] > a.start {
      let b = byStart[j]
      if b.end > a.start, b != a { return true }
      j -= 1
    }
    return false
  }

  private func before(_ a: QueryMatch, _ relation: Relation) -> Bool {
    // The right match starting first at or after a's end is the nearest.
    let j = countStarting(atOrBefore: a.end - 1)
    guard j < byStart.count else { return false }
    let b = byStart[j]
    if let distance = relation.distance, gap(from: a, to: b) > distance { return false }
    if relation.scope == .sentence, sentence(of: b) != sentence(of: a) { return false }
    return true
  }

  private func after(_ a: QueryMatch, _ relation: Relation) -> Bool {
    // Right matches ending at or before a's start, nearest (latest end) first.
    var low = 0
    var high = byEnd.count
    while low < high {
      let middle = (low + high) / 2
      if byEnd[middle].end <= a.start { low = middle + 1 } else { high = middle }
    }
    var j = low - 1
    let sentenceOfA = sentence(of: a)
    while j >= 0 {
      let b = byEnd[j]
      if let distance = relation.distance, gap(from: b, to: a) > distance { return false }
      if relation.scope == .document { return true }
      if sentence(of: b) == sentenceOfA { return true }
      // Every earlier-ending match that could still start in a's sentence ends inside it.
      if b.end <= tokenStarts[Int(sentenceFirstTokens[sentenceOfA])] { return false }
      j -= 1
    }
    return false
  }

  @inline(__always)
  private func tokenEnd(_ token: Int) -> Int32 {
    let length = tokenLengths[token]
    if length == 255, let end = longTokenEnds[Int32(token)] { return end }
    return tokenStarts[token] + Int32(length)
  }

  /// The index of the first token ending after `offset`.
  func firstToken(endingAfter offset: Int32) -> Int {
    var low = firstToken
    var high = endToken
    while low < high {
      let middle = (low + high) / 2
      if tokenEnd(middle) <= offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The number of tokens between two matches (`first` before `second`).
  func gap(from first: QueryMatch, to second: QueryMatch) -> Int {
    // Tokens starting at or after first's end and ending at or before second's start.
    let lastOfFirst = firstToken(endingAfter: first.end - 1)
    let firstOfSecond = firstToken(endingAfter: second.start)
    return max(0, firstOfSecond - lastOfFirst - 1)
  }

  /// The sentence holding a match's first token.
  func sentence(of match: QueryMatch) -> Int {
    let token = firstToken(endingAfter: match.start)
    var low = firstSentence
    var high = endSentence
    while low < high {
      let middle = (low + high) / 2
      if Int(sentenceFirstTokens[middle]) <= token { low = middle + 1 } else { high = middle }
    }
    return low - 1
  }
}
