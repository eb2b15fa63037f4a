extension DocumentSyntax {
  /// The tokenizer syntax is computed on: Universal Dependencies'
  /// conventions (hyphens split), as the treebank the models learned from.
  public static let tokenizer = Tokenizer.universalDependencies

  /// For each of `coarse` (the query index's tokens), the range of the
  /// `fine` tokens (the syntax's) that start inside it; `nil` when a fine
  /// token starts inside no coarse token (the two do not nest).
  public static func groups(of fine: [Range<Int>], in coarse: [Range<Int>]) -> [Range<Int>]? {
    var groups: [Range<Int>] = []
    groups.reserveCapacity(coarse.count)
    var next = 0
    for token in coarse {
      let first = next
      while next < fine.count, fine[next].lowerBound >= token.lowerBound, fine[next].upperBound <= token.upperBound {
        next += 1
      }
      guard next > first else { return nil }
      groups.append(first..<next)
    }
    return next == fine.count ? groups : nil
  }

  /// The groups of ``groups(of:in:)`` from one flag per fine token: whether it
  /// continues the coarse token of the token before it.
  public static func groups(continuing: [Bool]) -> [Range<Int>] {
    var groups: [Range<Int>] = []
    for (position, continues) in continuing.enumerated() {
      if continues, let last = groups.popLast() {
        groups.append(last.lowerBound..<(position + 1))
      } else {
        groups.append(position..<(position + 1))
      }
    }
    return groups
  }

  /// The syntax of the coarse tokens made of `groups` of these tokens: a
  /// token split inside one coarse token (`anti` `-` `war`) counts as its
  /// head word (the one whose head lies outside the group), with the lemmas
  /// of the group joined (`anti-war`).
  public func projected(onto groups: [Range<Int>]) -> DocumentSyntax {
    if groups.count == count { return self }
    var groupOf = [Int](repeating: 0, count: count)
    for (number, group) in groups.enumerated() {
      for token in group { groupOf[token] = number }
    }
    var result = DocumentSyntax()
    result.reserveCapacity(groups.count)
    for (number, group) in groups.enumerated() {
      let headWord = group.first { head(of: $0).map { groupOf[$0] != number } ?? true } ?? group.lowerBound
      var token = self[headWord]
      if group.count > 1 { token.lemma = group.map { self[$0].lemma }.joined() }
      token.head = token.head.map { groupOf[$0] }
      result.append(token)
    }
    return result
  }
}
