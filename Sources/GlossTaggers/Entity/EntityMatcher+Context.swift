extension EntityMatcher {
  /// Hashes of the words the context rules look for.
  private enum Word {
    static let based = NameHash.hash("based", lowercased: true)
    static let shares = NameHash.hash("shares", lowercased: true)
    static let stock = NameHash.hash("stock", lowercased: true)
    static let stake = NameHash.hash("stake", lowercased: true)
    static let `in` = NameHash.hash("in", lowercased: true)
    static let upOrDown = Mark.hashes(["up", "down", "higher", "lower"])
    static let beTense = Mark.hashes(["was", "were", "is", "are", "closed", "ended", "traded"])
    static let nameContinuations = Mark.hashes(["on", "for", "of", "and", "to"])
    static let appositiveStops = Mark.hashes([
      "of", "that", "which", "who", "whose", "in", "at", "for", "with", "based", "and", "to", "from", "on", "since",
    ])
  }

  /// A person named right after a verb of saying, as in an attribution
  /// after a quote: `…,” said Marta Nowak` (two or three words).
  func personAfterSpeech(at index: Int, sentenceEnd end: Int) -> Match? {
    guard index > sentenceBounds.first!, pieces[index - 1].classes.contains(.speech),
      pieces[index - 1].shape.contains(.lower)
    else { return nil }
    let nameEnd = personName(from: index, limit: end)
    let count = words(index..<nameEnd)
    return count >= 2 && count <= 3 ? found(index, nameEnd, "PERSON") : nil
  }

  /// An organisation or person told by the words around a capitalized run
  /// that no list or suffix names:
  ///
  /// - a role before it: `analysts at X and Y`, `chief executive of X` (ORG);
  /// - a kind of place before it: `the town of X` (GPE);
  /// - `London-based X` (ORG);
  /// - its shares: `X shares`, `X’s shares`, `shares of X`, `a stake in X` (ORG);
  /// - a share price's move: `X gained 0.8 percent`, `X was up 2%` (ORG);
  /// - an appositive: `X, the association of …`, `X, Europe’s largest
  ///   producer` (ORG), `Jane Doe, a senior forecaster`, `Jane Doe, 45,` (PERSON);
  /// - an institution after `the`: `the Commission`, `the Council` (ORG).
  ///
  /// A single word at the start of a sentence is taken only when its
  /// spelling marks a name (`ArcelorMittal`, `ING`), since sentences start
  /// with capitalized common words (`Inflation rose 3 percent`).
  func nameByContext(at index: Int, run: Int, sentenceEnd end: Int) -> Match? {
    let first = sentenceBounds[0]
    let piece = pieces[index]
    let nameEnd = min(plainRun(from: index, sentenceEnd: end), run)
    guard nameEnd > index else { return nil }
    let count = words(index..<nameEnd)
    let marked = piece.shape.contains(.mixedCase) || piece.shape.contains(.allCaps)
    let trusted = !piece.shape.contains(.sentenceStart) || count >= 2 || marked
    // `analysts at X`, `chief executive of X`, `… at X and Y`.
    if index >= first + 2 && (afterRole(index) || afterCoordinatedRole(index)) {
      return found(index, nameEnd, "ORG")
    }
    // `the town of Robotyne`, `the port city of Odesa`.
    if index >= first + 2 && pieces[index - 1].lowerHash == Mark.of && pieces[index - 1].shape.contains(.lower)
      && pieces[index - 2].classes.contains(.placeKind) && pieces[index - 2].shape.contains(.lower)
    {
      return found(index, nameEnd, "GPE")
    }
    // `Frankfurt-based X`.
    if index >= first + 2 && pieces[index - 1].lowerHash == Word.based && pieces[index - 2].shape.contains(.hyphen) {
      return found(index, nameEnd, "ORG")
    }
    // `shares of X`, `shares in X`, `a stake in X`.
    if index >= first + 2 && (pieces[index - 1].lowerHash == Mark.of || pieces[index - 1].lowerHash == Word.in)
      && (pieces[index - 2].lowerHash == Word.shares || pieces[index - 2].lowerHash == Word.stake)
    {
      return found(index, nameEnd, "ORG")
    }
    guard nameEnd < end else { return nil }
    if !trusted {
      return appositive(of: index..<nameEnd, sentenceEnd: end, closed: true)
    }
    // `X shares`, `X’s shares`, `X stock`.
    var after = nameEnd
    if !pieces[after].shape.contains(.word) && Mark.possessives.contains(pieces[after].lowerHash) && after + 1 < end {
      after += 1
    }
    if pieces[after].shape.contains(.lower)
      && (pieces[after].lowerHash == Word.shares || pieces[after].lowerHash == Word.stock)
    {
      return found(index, nameEnd, "ORG")
    }
    // `X gained 0.8 percent`, `X was up 2%`.
    if count == 1 && movedByPercent(from: nameEnd, sentenceEnd: end)
      && piece.classes.isDisjoint(with: [.givenName, .familyName])
    {
      return found(index, nameEnd, "ORG")
    }
    if let appositive = appositive(of: index..<nameEnd, sentenceEnd: end, closed: false) { return appositive }
    // `the Commission`, `The Ministry said`.
    if count == 1 && piece.classes.contains(.institution) && index > first && pieces[index - 1].lowerHash == Mark.the
      && (pieces[index - 1].shape.contains(.lower) || pieces[index - 1].shape.contains(.sentenceStart))
      && !continuesName(after: nameEnd, sentenceEnd: end)
    {
      return found(index, nameEnd, "ORG")
    }
    return nil
  }

  /// Whether a preposition and a capitalized word follow, so the name goes
  /// on past them: `the Council on Foreign Relations`, `the Commission for …`.
  private func continuesName(after index: Int, sentenceEnd end: Int) -> Bool {
    index + 1 < end && Word.nameContinuations.contains(pieces[index].lowerHash)
      && pieces[index].shape.contains(.lower) && pieces[index + 1].isCapitalizedWord
  }

  /// The end of a run of up to four capitalized words that are not common,
  /// title or time words, with hyphenated parts.
  private func plainRun(from index: Int, sentenceEnd end: Int) -> Int {
    var next = index
    var count = 0
    while next < end && count < 4 {
      let piece = pieces[next]
      if piece.isCapitalizedWord
        && piece.classes.isDisjoint(with: [.common, .time, .personTitle, .role, .speech, .lawHead])
      {
        next += 1
        count += 1
      } else if count > 0 && piece.shape.contains(.hyphen) && next + 1 < end && pieces[next + 1].shape.contains(.word) {
        next += 2
      } else {
        break
      }
    }
    return next
  }

  /// Whether `at` or `of` after a role comes right before `index`.
  private func afterRole(_ index: Int) -> Bool {
    let joiner = pieces[index - 1]
    let role = pieces[index - 2].classes
    return joiner.shape.contains(.lower)
      && ((joiner.lowerHash == Mark.at && role.contains(.roleAtOrganization))
        || (joiner.lowerHash == Mark.of && role.contains(.roleOfOrganization)))
  }

  /// Whether `index` follows `and` after an organisation named by a role:
  /// `Pekao` in `analysts at ING and Pekao`.
  private func afterCoordinatedRole(_ index: Int) -> Bool {
    guard pieces[index - 1].lowerHash == Mark.and, pieces[index - 1].shape.contains(.lower) else { return false }
    var start = index - 2
    let first = sentenceBounds[0]
    while start > first && pieces[start].isCapitalizedWord && index - start < 6 { start -= 1 }
    return start >= first + 1 && start < index - 2 && afterRole(start + 1)
  }

  /// Whether a share price's move follows: `gained 0.8 percent`, `fell 2%`,
  /// `was up 1.2 percent`.
  private func movedByPercent(from index: Int, sentenceEnd end: Int) -> Bool {
    var next = index
    if next < end && pieces[next].classes.contains(.marketVerb) && pieces[next].shape.contains(.lower) {
      next += 1
    } else if next + 1 < end && pieces[next].shape.contains(.lower) && Word.beTense.contains(pieces[next].lowerHash)
      && Word.upOrDown.contains(pieces[next + 1].lowerHash)
    {
      next += 2
    } else {
      return false
    }
    // `as much as`, `by`: a few words before the number.
    var steps = 0
    while next < end && steps < 4 && !pieces[next].shape.contains(.digit) {
      guard pieces[next].shape.contains(.lower) else { return false }
      next += 1
      steps += 1
    }
    guard next + 1 < end, pieces[next].shape.contains(.digit), isPercent(next + 1) else { return false }
    // Not a share of a vote: `gained 20 percent of the vote`.
    return next + 2 >= end || pieces[next + 2].lowerHash != Mark.of
  }

  /// Whether the piece at `index` is `percent`, `pct` or `%`.
  func isPercent(_ index: Int) -> Bool {
    pieces[index].classes.contains(.percent) || pieces[index].lowerHash == Mark.percentSign
  }

  /// A name followed by an appositive that says what it is: `X, the
  /// association of …` or `X, Europe’s largest producer,` (ORG by its head
  /// noun), `Jane Doe, a senior forecaster`, `Marquez, a forward` (PERSON, one
  /// to three words) or `Jane Doe, 45,` (PERSON, two or three words).
  ///
  /// With `closed`, a comma must close the appositive within a few words, as
  /// in `Volmark, the Dutch chipmaker, said`: a sentence's opening adverb
  /// is followed by a clause, not an appositive (`Overall, the company said`).
  private func appositive(of name: Range<Int>, sentenceEnd end: Int, closed: Bool) -> Match? {
    var cursor = name.upperBound
    guard cursor + 1 < end, pieces[cursor].lowerHash == Mark.comma else { return nil }
    cursor += 1
    let nameWords = words(name)
    let personShaped =
      personName(from: name.lowerBound, limit: name.upperBound) == name.upperBound && (1...3).contains(nameWords)
    // `Jane Doe, 45,`.
    if personShaped && nameWords >= 2 && pieces[cursor].shape.contains(.digit)
      && pieces[cursor].end - pieces[cursor].start <= 3
      && cursor + 1 < end && pieces[cursor + 1].lowerHash == Mark.comma
    {
      return found(name.lowerBound, name.upperBound, "PERSON")
    }
    if pieces[cursor].classes.contains(.determiner) && pieces[cursor].shape.contains(.lower) {
      cursor += 1
    } else if cursor + 1 < end && pieces[cursor].shape.contains(.upper)
      && Mark.possessives.contains(pieces[cursor + 1].lowerHash)
    {
      // `Europe’s largest producer`.
      cursor += 2
    }
    // The head: the last word before a stop, within four words.
    var head: Int?
    var steps = 0
    while cursor < end && steps < 4 {
      let piece = pieces[cursor]
      guard piece.shape.contains(.word), !Word.appositiveStops.contains(piece.lowerHash) else { break }
      // Only titles and gazetteer words (`the Dutch chipmaker`) are capitalized here.
      if piece.shape.contains(.upper)
        && piece.classes.isDisjoint(with: [.titleModifier, .personTitle, .role, .gazetteerStart])
      {
        return nil
      }
      if !piece.shape.contains(.hyphen) { head = cursor }
      cursor += 1
      steps += 1
    }
    guard let head, cursor < end else { return nil }
    if closed {
      var comma = cursor
      while comma < end && comma - cursor < 6 && pieces[comma].lowerHash != Mark.comma { comma += 1 }
      guard comma < end && pieces[comma].lowerHash == Mark.comma else { return nil }
    }
    let classes = pieces[head].classes
    if classes.contains(.organizationNoun) { return found(name.lowerBound, name.upperBound, "ORG") }
    if personShaped && !classes.isDisjoint(with: [.personTitle, .role]) {
      return found(name.lowerBound, name.upperBound, "PERSON")
    }
    return nil
  }
}
