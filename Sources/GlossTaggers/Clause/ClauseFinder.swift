/// Finds the clauses of one sentence from its words.
///
/// The words are the sentence's tokens; clauses are reported as inclusive
/// token index ranges, outer clauses before the clauses inside them.
struct ClauseFinder {
  /// A clause over tokens `start...end`.
  struct Clause: Equatable {
    var label: String
    var start: Int
    var end: Int
  }

  private var words: [String] = []
  private var lower: [String] = []

  /// An open clause on the stack.
  private struct Open {
    var label: String
    var start: Int
    var hasVerb = false
    /// Whether the clause it sits in had its verb when it opened: a clause
    /// that opens before its parent's verb ends at the next comma.
    var parentHadVerb: Bool
    /// The last token of its verb group, once it has one.
    var verbEnd = -1
  }

  mutating func load(words: [String]) {
    self.words = words
    self.lower = words.map { $0.lowercased() }
  }

  /// The clauses of the loaded sentence.
  func clauses() -> [Clause] {
    guard let firstWord = words.indices.first(where: { isWord($0) }) else { return [] }
    var found: [Clause] = []
    var stack = [Open(label: "MAIN", start: firstWord, parentHadVerb: false)]
    func close(_ clause: Open, before index: Int) {
      var end = index - 1
      while end >= clause.start && !isWord(end) { end -= 1 }
      if clause.hasVerb && end >= clause.start {
        found.append(Clause(label: clause.label, start: clause.start, end: end))
      }
    }
    var index = firstWord
    while index < words.count {
      let word = lower[index]
      if word == "," {
        let next = index + 1 < words.count ? lower[index + 1] : ""
        // "X, Y, and Z" is a list; ", and the other side agreed" a clause.
        let opens =
          ClauseLexicon.clauseOpeners.contains(next)
          && (!ClauseLexicon.coordinators.contains(next) || coordinatedVerb(after: index + 1) != nil)
        while stack.count > 1, let top = stack.last, top.hasVerb, !top.parentHadVerb || opens {
          close(stack.removeLast(), before: index)
        }
        index += 1
        continue
      }
      if (word == ";" || word == ":" || word == "—" || word == "–") && nextFinite(after: index) != nil {
        // A new main clause may follow.
        while let top = stack.popLast() { close(top, before: index) }
        let next = index + 1
        if next < words.count, let start = (next..<words.count).first(where: { isWord($0) }) {
          stack = [Open(label: "MAIN", start: start, parentHadVerb: false)]
          index = start
        } else {
          index = words.count
        }
        continue
      }
      let top = stack[stack.count - 1]
      // Clause coordination: "…, and the other side agreed".
      if ClauseLexicon.coordinators.contains(word) && top.hasVerb && coordinatedVerb(after: index) != nil {
        let closed = stack.removeLast()
        close(closed, before: index > 0 && lower[index - 1] == "," ? index - 1 : index)
        stack.append(Open(label: closed.label, start: index + 1, parentHadVerb: closed.parentHadVerb))
        index += 1
        continue
      }
      if isRelative(index) && !(word == "that" && top.verbEnd == index - 1) {
        stack.append(Open(label: "REL", start: index, parentHadVerb: top.hasVerb))
        index += 1
        continue
      }
      if isSubordinator(index, afterVerb: top.verbEnd == index - 1) {
        stack.append(Open(label: "SUB", start: index, parentHadVerb: top.hasVerb))
        index += 1
        continue
      }
      if isFinite(index)
        || (!top.hasVerb && index > top.start + 1 && lower[index - 1] == "," && isFinite(index, afterComma: true))
      {
        if !top.hasVerb {
          let end = verbGroupEnd(from: index)
          stack[stack.count - 1].hasVerb = true
          stack[stack.count - 1].verbEnd = end
          index = end + 1
          continue
        }
        // "Experts think Russia will": a clause after a reporting verb.
        if top.verbEnd >= 0 && ClauseLexicon.reportingVerbs.contains(lower[top.verbEnd]) && index > top.verbEnd + 1
          && hasSubject(top.verbEnd + 1..<index)
        {
          let end = verbGroupEnd(from: index)
          var clause = Open(label: "SUB", start: top.verbEnd + 1, parentHadVerb: true)
          clause.hasVerb = true
          clause.verbEnd = end
          stack.append(clause)
          index = end + 1
          continue
        }
      }
      index += 1
    }
    while let top = stack.popLast() { close(top, before: words.count) }
    return found.sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
  }

  // MARK: - Word tests

  private func isWord(_ index: Int) -> Bool {
    guard let first = words[index].unicodeScalars.first else { return false }
    return first.properties.isAlphabetic || first.properties.numericType != nil
      || (first == "'" || first == "’") && words[index].count > 1
  }

  /// A relative pronoun, `that` after a noun, or `where` after a comma.
  private func isRelative(_ index: Int) -> Bool {
    let word = lower[index]
    if ClauseLexicon.relativePronouns.contains(word) {
      // Not a question word at the sentence start.
      return index > 0
    }
    if word == "where" { return index > 0 && lower[index - 1] == "," }
    if word == "that" && index > 0 {
      let previous = lower[index - 1]
      return isNounLike(index - 1) && !isVerbLike(index - 1) && !ClauseLexicon.reportingVerbs.contains(previous)
        && nextFinite(after: index).map { $0 <= index + 6 } == true && !isSubordinatingThat(index)
    }
    return false
  }

  /// A subordinator that a finite verb follows before the next comma, or
  /// `that` after a verb.
  private func isSubordinator(_ index: Int, afterVerb: Bool = false) -> Bool {
    let word = lower[index]
    if word == "that" { return isSubordinatingThat(index) || afterVerb && nextFinite(after: index) != nil }
    guard ClauseLexicon.subordinators.contains(word) else { return false }
    if word == "so" && !(index + 1 < words.count && lower[index + 1] == "that") { return false }
    if word == "as" {
      // "as" opens a clause at the sentence start or after a comma.
      guard index == 0 || lower[index - 1] == "," || !isWord(index - 1) else { return false }
      if index + 1 < words.count && (lower[index + 1] == "well" || lower[index + 1] == "a") { return false }
    }
    guard let verb = nextFinite(after: index, stopAtComma: true) else { return false }
    return hasSubject(index + 1..<verb)
  }

  /// `that` after a verb or an adjective of knowing: "stated that", "clear that".
  private func isSubordinatingThat(_ index: Int) -> Bool {
    guard index > 0, let verb = nextFinite(after: index), verb > index + 1 else { return false }
    let previous = lower[index - 1]
    return isVerbLike(index - 1) || ClauseLexicon.reportingVerbs.contains(previous)
      || ["clear", "sure", "likely", "possible", "true", "so", "such", "now", "means", "fact"].contains(previous)
  }

  /// The next finite verb after `index` in the sentence, stopping at a
  /// clause opener (and at a comma if asked).
  private func nextFinite(after index: Int, stopAtComma: Bool = false) -> Int? {
    var next = index + 1
    while next < words.count {
      let word = lower[next]
      if word == ";" || word == ":" || (stopAtComma && word == ",") { return nil }
      if next > index + 1
        && (ClauseLexicon.relativePronouns.contains(word) || ClauseLexicon.coordinators.contains(word))
      {
        return nil
      }
      if isFinite(next) { return next }
      next += 1
    }
    return nil
  }

  /// The finite verb of a clause coordinated after the coordinator at
  /// `index`: within six words, no comma or clause opener between, and a
  /// subject-like word first (`and the other side agreed`), not a verb
  /// (`and endorsed by`).
  private func coordinatedVerb(after index: Int) -> Int? {
    guard index + 2 < words.count, isWord(index + 1), !isVerbLike(index + 1) else { return nil }
    let first = lower[index + 1]
    guard
      ClauseLexicon.determiners.contains(first) || ClauseLexicon.subjectPronouns.contains(first)
        || words[index + 1].first?.isUppercase == true
    else { return nil }
    var next = index + 2
    while next < words.count && next <= index + 7 {
      let word = lower[next]
      if word == "," || word == "that" || ClauseLexicon.prepositions.contains(word)
        || ClauseLexicon.relativePronouns.contains(word) || ClauseLexicon.coordinators.contains(word)
      {
        return nil
      }
      if isFinite(next) {
        // Only a clear verb: an auxiliary, an irregular form, or one with
        // an object after it.
        let after = next + 1 < words.count ? lower[next + 1] : ""
        let clear =
          ClauseLexicon.finiteAuxiliaries.contains(word) || ClauseLexicon.irregularFinite.contains(word)
          || ClauseLexicon.determiners.contains(after) || ClauseLexicon.subjectPronouns.contains(after)
        return clear ? next : nil
      }
      next += 1
    }
    return nil
  }

  /// Whether a subject can be among the tokens: a pronoun, a determiner or
  /// a noun-like word.
  private func hasSubject(_ range: Range<Int>) -> Bool {
    range.contains { index in
      isWord(index) && !ClauseLexicon.verbGroupAdverbs.contains(lower[index]) && !lower[index].hasSuffix("ly")
    }
  }

  /// A finite verb: an auxiliary or modal, an irregular finite form, or a
  /// lowercase word in `-ed` or `-s` right after a subject.
  private func isFinite(_ index: Int, afterComma: Bool = false) -> Bool {
    let word = lower[index]
    // The word before, skipping quotes: `the treaty “implies`.
    var before = index - 1
    while before > 0 && ["“", "\"", "'", "‘"].contains(words[before]) { before -= 1 }
    let previous = before >= 0 ? lower[before] : ""
    if previous == "to" { return false }
    if ClauseLexicon.finiteAuxiliaries.contains(word) {
      // "'s" is a possessive after a noun unless a participle or adverb follows.
      if word == "'s" || word == "’s" {
        guard index + 1 < words.count else { return false }
        let next = lower[index + 1]
        return ClauseLexicon.verbGroupAdverbs.contains(next) || next.hasSuffix("ing") || next == "been"
      }
      return index > 0 || words[index].first?.isUppercase == true
    }
    guard words[index].first?.isLowercase == true, before >= 0, afterComma || isSubjectEnd(before) else {
      return false
    }
    if ClauseLexicon.irregularFinite.contains(word) { return true }
    let next = index + 1 < words.count ? lower[index + 1] : ""
    // A plural subject and a verb in its base form: "implications remain".
    if ClauseLexicon.baseFormVerbs.contains(word) || ClauseLexicon.reportingVerbs.contains(word) {
      return previous.hasSuffix("s") || ["we", "they", "you", "i"].contains(previous) || afterComma
    }
    if word.count > 4 && word.hasSuffix("ed") {
      // Not "signed by" (a participle); an object, a clause or a stop after.
      return next != "by"
    }
    if word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
      && !word.hasSuffix("is") && !word.hasSuffix("ics") && !word.hasSuffix("'s") && !word.hasSuffix("’s")
    {
      // A singular subject before; not a verb or adverb after.
      guard !previous.hasSuffix("s") || ClauseLexicon.subjectPronouns.contains(previous) || afterComma else {
        return false
      }
      return index + 1 >= words.count || !isWord(index + 1) || !isVerbLike(index + 1)
    }
    return false
  }

  /// Whether the word can end a subject: a pronoun, a noun-like word, or an
  /// adverb after one.
  private func isSubjectEnd(_ index: Int) -> Bool {
    let word = lower[index]
    if ClauseLexicon.subjectPronouns.contains(word) { return true }
    if word.hasSuffix("ly") || ClauseLexicon.verbGroupAdverbs.contains(word) {
      return index > 0 && isSubjectEnd(index - 1)
    }
    return isNounLike(index)
  }

  /// A word that is none of the closed classes that cannot end a noun
  /// phrase.
  private func isNounLike(_ index: Int) -> Bool {
    let word = lower[index]
    guard isWord(index) else { return words[index] == ")" || words[index] == "”" || words[index] == "\"" }
    return !ClauseLexicon.determiners.contains(word) && !ClauseLexicon.prepositions.contains(word)
      && !ClauseLexicon.finiteAuxiliaries.contains(word) && !ClauseLexicon.coordinators.contains(word)
      && !ClauseLexicon.subordinators.contains(word) && !ClauseLexicon.relativePronouns.contains(word)
      && !["be", "been", "being", "not", "n't", "to", "very", "more", "most"].contains(word)
  }

  /// A word that looks like a verb: a finite form, a participle, a verb
  /// group's adverb.
  private func isVerbLike(_ index: Int) -> Bool {
    let word = lower[index]
    return ClauseLexicon.finiteAuxiliaries.contains(word) || ClauseLexicon.irregularFinite.contains(word)
      || word.hasSuffix("ed") || ["be", "been", "being"].contains(word)
      || (word.hasSuffix("s") && index > 0 && isSubjectEnd(index - 1) && ClauseLexicon.reportingVerbs.contains(word))
  }

  /// The last token of the verb group starting at `index`.
  private func verbGroupEnd(from index: Int) -> Int {
    var end = index
    var next = index + 1
    while next < words.count {
      let word = lower[next]
      if ClauseLexicon.verbGroupAdverbs.contains(word) || ["be", "been", "being", "have", "has"].contains(word)
        || word.hasSuffix("ly") && next + 1 < words.count
      {
        next += 1
        continue
      }
      if word.hasSuffix("ed") || word.hasSuffix("en") || word.hasSuffix("ing") {
        end = next
        next += 1
        continue
      }
      // A bare verb after a modal or do: "can come", "did not rule".
      if ClauseLexicon.finiteAuxiliaries.contains(lower[index]) && isWord(next)
        && !ClauseLexicon.determiners.contains(word)
        && !ClauseLexicon.prepositions.contains(word) && !ClauseLexicon.subjectPronouns.contains(word)
        && end == index
      {
        end = next
      }
      break
    }
    return end
  }
}
