import GlossCore

/// Finds the clauses of one parsed sentence, mapping the dependency tree
/// onto the `clause` layer's conventions (after CoNLL-2001):
///
/// - a clause is headed by a finite predicate: the root, a `parataxis`, a
///   `ccomp`, `advcl` or `csubj` with a subject or an auxiliary of its own
///   (`after signing the deal` is no clause), every `acl:relcl`, and a
///   `conj` of a clause's head that has a subject of its own (coordinated
///   verb phrases under one subject stay one clause);
/// - types: MAIN for the root, `parataxis` and coordinated main clauses, SUB
///   for `ccomp`, `advcl` and `csubj` (with their subordinator), REL for
///   `acl:relcl` (with the relative word);
/// - a clause spans its head's projection without the coordinated clauses
///   split off it (their coordinator and the comma before it stay outside
///   both) and without punctuation at either edge; a relative clause so
///   ends before the main verb it interrupts;
/// - reported speech before its reporting verb (`[Bayern has agreed …],
///   the two clubs said`, UD's `parataxis` of a verb of saying) is a SUB,
///   and the MAIN runs from its first word to the reporting clause's last.
struct SyntacticClauseFinder {
  /// One clause over word positions `[start, end)` of the sentence.
  struct Clause: Hashable {
    var start: Int
    var end: Int
    var label: String
  }

  /// The sentence's words: tag, lemma, head (a position in the sentence, or
  /// `nil` for the root) and relation.
  let tags: [String]
  let lemmas: [String]
  let heads: [Int?]
  let relations: [String]

  /// Lemmas of reporting verbs, whose `parataxis` after a clause makes that
  /// clause reported speech.
  static let reportingVerbs: Set<String> = [
    "say", "tell", "add", "announce", "state", "write", "note", "explain", "warn", "insist", "argue", "claim",
    "report", "confirm", "reply", "ask", "declare", "conclude", "suggest", "predict", "acknowledge", "admit",
  ]
  /// Relations that give a predicate its own subject.
  private static let subjectRelations: Set<String> = ["nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl"]
  /// Relations of auxiliaries and copulas, which make a predicate finite.
  private static let finiteRelations: Set<String> = ["aux", "aux:pass", "cop"]

  /// The clauses, outer ones first.
  func clauses() -> [Clause] {
    let children = childLists()
    var result: [Clause] = []
    for word in tags.indices {
      guard let label = label(of: word, children: children) else { continue }
      if label == "MAIN", let reporting = reportingClause(after: word, children: children) {
        // `[X happened], officials said`: the whole is MAIN, X a SUB.
        if let whole = span(of: word, children: children, excluding: []) {
          result.append(Clause(start: whole.lowerBound, end: whole.upperBound, label: "MAIN"))
        }
        if let reported = span(of: word, children: children, excluding: [reporting]) {
          result.append(Clause(start: reported.lowerBound, end: reported.upperBound, label: "SUB"))
        }
        continue
      }
      if relations[word] == "parataxis", let head = heads[word],
        reportingClause(after: head, children: children) == word
      {
        continue
      }
      if relations[word] == "acl:relcl", let head = heads[word], Self.freeRelatives.contains(lemmas[head].lowercased()),
        let range = span(of: word, children: children, excluding: [])
      {
        // `what it means`: a free relative is a SUB with its wh-word.
        result.append(Clause(start: min(head, range.lowerBound), end: range.upperBound, label: "SUB"))
        continue
      }
      let split = children[word].filter { isSeparateClause($0, children: children) }
      if let range = span(of: word, children: children, excluding: split) {
        result.append(Clause(start: range.lowerBound, end: range.upperBound, label: relabeled(label, range, word)))
      }
    }
    let opening = datelineEnd()
    return result.compactMap { clause in
      var clause = clause
      if clause.start < opening { clause.start = opening }
      return clause.start < clause.end ? clause : nil
    }.sorted { ($0.start, $1.end) < ($1.start, $0.end) }
  }

  /// A clause's type, corrected by its first word and by speech: one that
  /// starts with a relative word inside the sentence is REL (`…, which made
  /// 2025 …`, however the parser attached it), and a quote before its
  /// reporting verb is SUB (`“[Rúben is the player we need],” he said`).
  private func relabeled(_ label: String, _ range: Range<Int>, _ word: Int) -> String {
    let first = lemmas[range.lowerBound].lowercased()
    if range.lowerBound > 0 && Self.relativeWords.contains(first) { return "REL" }
    // A MAIN cannot open with a relative adverb: `…, where both leaders met`.
    if label == "MAIN" && range.lowerBound > 0 && Self.relativeAdverbs.contains(first) { return "REL" }
    if label == "MAIN", relations[word] == "parataxis" || relations[word] == "ccomp", let head = heads[word],
      head > word, Self.reportingVerbs.contains(lemmas[head])
    {
      return "SUB"
    }
    return label
  }

  /// Words that head a free relative or an indirect question (`what it
  /// means`).
  static let freeRelatives: Set<String> = ["what", "whatever", "whoever", "whichever", "wherever", "whenever"]
  /// Relative pronouns that open a relative clause.
  static let relativeWords: Set<String> = ["which", "who", "whom", "whose"]
  /// Relative adverbs, which also open subordinate clauses.
  static let relativeAdverbs: Set<String> = ["where", "when"]

  /// Where clauses may start: after a wire dateline (`BRUSSELS, March 14
  /// —`), a run of names, numbers and punctuation ending in a dash within
  /// the sentence's first words; 0 when there is none.
  private func datelineEnd() -> Int {
    for (position, lemma) in lemmas.prefix(Self.longestDateline).enumerated()
    where Self.dashes.contains(lemma) && position > 0 {
      let before = tags[..<position]
      if before.allSatisfy({ Self.datelineTags.contains($0) }) { return position + 1 }
      return 0
    }
    return 0
  }

  /// The most words a dateline takes.
  private static let longestDateline = 10
  private static let dashes: Set<String> = ["—", "–", "--", "-"]
  private static let datelineTags: Set<String> = ["PROPN", "NUM", "PUNCT", "NOUN", "ADP", "X", "SYM"]

  /// The children of every word.
  private func childLists() -> [[Int]] {
    var children = [[Int]](repeating: [], count: tags.count)
    for (word, head) in heads.enumerated() {
      if let head, head >= 0, head < tags.count { children[head].append(word) }
    }
    return children
  }

  /// The clause type `word` heads, or `nil`.
  private func label(of word: Int, children: [[Int]]) -> String? {
    switch baseRelation(word) {
    case "root":
      // A root without a subject or an auxiliary is a headline's fragment
      // (`Treaty Signed`), not a clause.
      return isFinite(word, children: children) ? "MAIN" : nil
    case "parataxis":
      return hasSubject(word, children: children) ? "MAIN" : nil
    case "ccomp", "advcl", "csubj":
      return isFinite(word, children: children) ? "SUB" : nil
    case "acl":
      return relations[word] == "acl:relcl" ? "REL" : nil
    case "conj":
      guard let head = heads[word], hasSubject(word, children: children), isPredicate(word, children: children),
        let headLabel = label(of: head, children: children)
      else { return nil }
      return headLabel == "REL" ? "REL" : (headLabel == "SUB" ? "SUB" : "MAIN")
    default:
      return nil
    }
  }

  /// Whether `child` is a coordinated clause split off its head's span.
  private func isSeparateClause(_ child: Int, children: [[Int]]) -> Bool {
    baseRelation(child) == "conj" && label(of: child, children: children) != nil
  }

  /// The `parataxis` child of `word` that is a reporting clause after it
  /// (`…, the two clubs said`), or `nil`.
  private func reportingClause(after word: Int, children: [[Int]]) -> Int? {
    children[word].first { child in
      relations[child] == "parataxis" && child > word && Self.reportingVerbs.contains(lemmas[child])
        && hasSubject(child, children: children)
    }
  }

  /// The word range of `word`'s projection without the subtrees of
  /// `excluded` children (their coordinator is inside them, a child in UD),
  /// trimmed of punctuation at both edges (the comma before a split-off
  /// clause becomes an edge).
  private func span(of word: Int, children: [[Int]], excluding excluded: [Int]) -> Range<Int>? {
    var removed = Set<Int>()
    for child in excluded { collect(child, children: children, into: &removed) }
    var inside = Set<Int>()
    collect(word, children: children, excluding: removed, into: &inside)
    guard var low = inside.min(), var high = inside.max() else { return nil }
    // The coordinator of a coordinated clause stays outside it.
    while low < high && (tags[low] == "PUNCT" || removed.contains(low) || baseRelation(low) == "cc") { low += 1 }
    while high > low && (tags[high] == "PUNCT" || removed.contains(high)) { high -= 1 }
    // A bracket left open at the end (`… Treaty (2024`) goes with what it holds.
    if let open = unclosedBracket(in: low...high), open > low {
      high = open - 1
      while high > low && tags[high] == "PUNCT" { high -= 1 }
    }
    return low..<(high + 1)
  }

  /// The position of the last opening bracket in `range` that no closing
  /// bracket after it in the range matches, or `nil`.
  private func unclosedBracket(in range: ClosedRange<Int>) -> Int? {
    var depth = 0
    for position in range.reversed() {
      switch lemmas[position] {
      case ")", "]": depth += 1
      case "(", "[":
        if depth == 0 { return position }
        depth -= 1
      default: break
      }
    }
    return nil
  }

  /// Adds `word` and everything it dominates (but not `excluded` subtrees).
  private func collect(_ word: Int, children: [[Int]], excluding excluded: Set<Int> = [], into set: inout Set<Int>) {
    var stack = [word]
    while let node = stack.popLast() {
      guard !excluded.contains(node) || node == word, set.insert(node).inserted else { continue }
      stack += children[node].filter { !excluded.contains($0) }
    }
  }

  private func baseRelation(_ word: Int) -> Substring {
    relations[word].split(separator: ":").first ?? ""
  }

  private func hasSubject(_ word: Int, children: [[Int]]) -> Bool {
    children[word].contains { Self.subjectRelations.contains(relations[$0]) }
  }

  /// A subject or an auxiliary or copula of its own.
  private func isFinite(_ word: Int, children: [[Int]]) -> Bool {
    children[word].contains {
      Self.subjectRelations.contains(relations[$0]) || Self.finiteRelations.contains(relations[$0])
    }
  }

  /// A verb, or a word with an auxiliary or copula: what heads a clause
  /// (not a noun the parser gave a subject by mistake).
  private func isPredicate(_ word: Int, children: [[Int]]) -> Bool {
    tags[word] == "VERB" || tags[word] == "AUX"
      || children[word].contains { Self.finiteRelations.contains(relations[$0]) }
  }
}
