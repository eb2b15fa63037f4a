/// The entity tagger's rules over one document's pieces.
///
/// Pass one walks each sentence left to right and takes, at each word, the
/// first rule that matches: a law's article (`Article 4`), a gazetteer name
/// (longest first, widened to a law or organisation when the capitalized run
/// it starts ends in `Treaty`, `Commission` and the like), a titled person
/// (`President Vladimir Putin`), a run ending in a name suffix, a person
/// named by a known given or family name, by a title or role before it
/// (`spokesman Dmitry Peskov`), or by a verb of saying after it. Pass two
/// tags every other mention of a name found in pass one, and a person's
/// family name alone (`Putin` after `Vladimir Putin`).
struct EntityMatcher {
  let model: EntityModel
  let pieces: [NamePiece]
  let sentenceBounds: [Int]

  /// A found entity over pieces `[start, end)`.
  struct Found {
    var start: Int
    var end: Int
    var label: String
  }

  private static let suffixLabels: [(WordClass, String)] = [
    (.lawSuffix, "LAW"), (.orgSuffix, "ORG"), (.companyForm, "ORG"), (.facilitySuffix, "FAC"),
    (.locationSuffix, "LOC"), (.placeSuffix, "GPE"), (.eventSuffix, "EVENT"),
  ]

  private static let of = NameHash.hash("of", lowercased: true)

  /// Words a person's name does not contain.
  private static let notInPersonName: WordClass = WordClass.suffixes.union([
    .common, .function, .time, .personTitle, .lawHead, .speech,
  ])

  /// Every entity in the document, in text order.
  func entities() -> [Found] {
    var found: [Found] = []
    for sentence in 0..<(sentenceBounds.count - 1) {
      let end = sentenceBounds[sentence + 1]
      var index = sentenceBounds[sentence]
      while index < end {
        guard pieces[index].shape.contains(.word), let match = match(at: index, sentenceEnd: end) else {
          index += 1
          continue
        }
        if let entity = match.entity { found.append(entity) }
        index = max(match.next, index + 1)
      }
    }
    return mentions(after: found)
  }

  // MARK: - Pass one

  private struct Match {
    var entity: Found?
    var next: Int
  }

  private func match(at index: Int, sentenceEnd end: Int) -> Match? {
    let piece = pieces[index]
    let classes = piece.classes
    // Article 4, Section 230.
    if classes.contains(.lawHead) && piece.shape.contains(.upper) && index + 1 < end
      && pieces[index + 1].shape.contains(.digit)
    {
      return found(index, index + 2, "LAW")
    }
    let run = piece.isCapitalizedWord ? capitalizedRun(from: index, sentenceEnd: end) : index
    if classes.contains(.gazetteerStart), let name = gazetteerName(at: index, sentenceEnd: end) {
      if let suffix = suffixEnd(of: index..<run), suffix.end > index + name.length {
        return found(index, suffix.end, suffix.label)
      }
      return found(index, index + name.length, name.label)
    }
    guard piece.isCapitalizedWord else {
      return personAfterTitle(at: index, sentenceEnd: end)
    }
    // President Vladimir Putin, Prime Minister X.
    if !classes.isDisjoint(with: [.personTitle, .titleModifier]) {
      var start = index
      var sawTitle = false
      while start < run && !pieces[start].classes.isDisjoint(with: [.personTitle, .titleModifier]) {
        sawTitle = sawTitle || pieces[start].classes.contains(.personTitle)
        start += 1
      }
      if sawTitle {
        let nameEnd = personName(from: start, limit: run)
        if nameEnd > start { return found(start, nameEnd, "PERSON") }
        return Match(entity: nil, next: start)
      }
    }
    // A headline's verb does not start a name: "Approving Russia-North Korea Treaty".
    if piece.shape.contains(.endsInING) && !piece.shape.contains(.sentenceStart) { return nil }
    if let suffix = suffixEnd(of: index..<run) {
      return found(index, suffix.end, suffix.label)
    }
    if !classes.isDisjoint(with: [.givenName, .familyName]) {
      let nameEnd = personName(from: index, limit: end)
      if words(index..<nameEnd) >= 2 { return found(index, nameEnd, "PERSON") }
    }
    if let titled = personAfterTitle(at: index, sentenceEnd: end) { return titled }
    // "Jane Doe said".
    let nameEnd = personName(from: index, limit: end)
    let nameWords = words(index..<nameEnd)
    if nameEnd < end && nameWords >= 2 && pieces[nameEnd].classes.contains(.speech) {
      return found(index, nameEnd, "PERSON")
    }
    let inside = !piece.shape.contains(.sentenceStart)
    // A known given name alone inside a sentence: "ask John".
    if inside && nameWords == 1 && classes.contains(.givenName) { return found(index, nameEnd, "PERSON") }
    return nil
  }

  private func found(_ start: Int, _ end: Int, _ label: String) -> Match {
    Match(entity: Found(start: start, end: end, label: label), next: end)
  }

  /// A person named right after a title or role: `spokesman Dmitry Peskov`.
  private func personAfterTitle(at index: Int, sentenceEnd end: Int) -> Match? {
    guard index > sentenceBounds.first!, pieces[index - 1].classes.contains(.personTitle),
      pieces[index].isCapitalizedWord
    else { return nil }
    let nameEnd = personName(from: index, limit: end)
    return nameEnd > index ? found(index, nameEnd, "PERSON") : nil
  }

  /// The end of the longest gazetteer name starting at `index`.
  private func gazetteerName(at index: Int, sentenceEnd end: Int) -> EntityModel.Name? {
    var key = NameHash.offset
    var best: EntityModel.Name?
    var next = index
    while next < end && next - index < model.longestName {
      key = NameHash.combine(key, pieces[next].hash)
      next += 1
      if let name = model.names[key], name.length == next - index { best = name }
    }
    return best
  }

  /// The end of the run of capitalized words from `index`, with hyphenated
  /// continuations (`Jong-un`) and `of`/`&` inside names that take them
  /// (`University of California`).
  private func capitalizedRun(from index: Int, sentenceEnd end: Int) -> Int {
    var next = index + 1
    while next < end {
      let piece = pieces[next]
      if piece.isCapitalizedWord {
        next += 1
      } else if piece.shape.contains(.hyphen) && next + 1 < end && pieces[next + 1].shape.contains(.word) {
        next += 2
      } else if piece.classes.contains(.nameJoiner) && !piece.shape.contains(.upper)
        && ((piece.lowerHash == Self.of && pieces[next - 1].classes.contains(.headOf))
          || !piece.shape.contains(.word))
      {
        // Up to two joiners ("of the"), then a capitalized word.
        var after = next + 1
        if after < end && pieces[after].classes.contains(.nameJoiner) && pieces[after].shape.contains(.lower) {
          after += 1
        }
        guard after < end && pieces[after].isCapitalizedWord else { break }
        next = after + 1
      } else {
        break
      }
    }
    return next
  }

  /// Where a run's name ends when a name suffix decides its label: after
  /// the last suffix word (`… Treaty` in `… Treaty Signed`), or for `X of Y`
  /// names, after the run with the label of the head before `of`.
  private func suffixEnd(of run: Range<Int>) -> (end: Int, label: String)? {
    guard run.count >= 2 else { return nil }
    // X of Y: the head decides.
    for index in run.dropFirst() where pieces[index].classes.contains(.nameJoiner) {
      if let label = suffixLabel(pieces[index - 1].classes) { return (run.upperBound, label) }
      break
    }
    var index = run.upperBound - 1
    while index > run.lowerBound {
      if pieces[index].shape.contains(.upper), let label = suffixLabel(pieces[index].classes) {
        return words(run.lowerBound..<index + 1) >= 2 ? (index + 1, label) : nil
      }
      index -= 1
    }
    return nil
  }

  private func suffixLabel(_ classes: WordClass) -> String? {
    guard !classes.isDisjoint(with: WordClass.suffixes) else { return nil }
    for (suffix, label) in Self.suffixLabels where classes.contains(suffix) { return label }
    return nil
  }

  /// The end of a person's name from `start`: up to four capitalized words
  /// that are not titles, suffixes or common words, with hyphenated parts.
  private func personName(from start: Int, limit: Int) -> Int {
    var next = start
    var count = 0
    while next < limit && count < 4 {
      let piece = pieces[next]
      if piece.isCapitalizedWord && piece.classes.isDisjoint(with: Self.notInPersonName)
        && !(count > 0 && piece.classes.contains(.gazetteerStart) && isGazetteerWord(next))
      {
        next += 1
        count += 1
      } else if count > 0 && piece.shape.contains(.hyphen) && next + 1 < limit
        && pieces[next + 1].shape.contains(.word)
      {
        next += 2
      } else {
        break
      }
    }
    return next
  }

  /// Whether the word at `index` is a one-word gazetteer name.
  private func isGazetteerWord(_ index: Int) -> Bool {
    model.names[NameHash.combine(NameHash.offset, pieces[index].hash)]?.length == 1
  }

  /// The number of words in a piece range, counting hyphenated words once.
  private func words(_ range: Range<Int>) -> Int {
    var count = 0
    for index in range where pieces[index].shape.contains(.word) && !pieces[index].shape.contains(.joined) {
      count += 1
    }
    if let first = range.first, pieces[first].shape.contains(.joined) && pieces[first].shape.contains(.word) {
      count += 1
    }
    return count
  }

  // MARK: - Pass two

  /// `found` with every other mention of its names added.
  private func mentions(after found: [Found]) -> [Found] {
    guard !found.isEmpty else { return found }
    var memory: [UInt64: Found] = [:]
    var longest = 1
    for entity in found {
      let key = pieces[entity.start..<entity.end].reduce(NameHash.offset) { NameHash.combine($0, $1.hash) }
      if memory[key] == nil { memory[key] = entity }
      longest = max(longest, entity.end - entity.start)
      if entity.label == "PERSON" && words(entity.start..<entity.end) >= 2 {
        // The family name alone: the last word, or the first for Kim Jong Un.
        var last = entity.end - 1
        while last > entity.start && pieces[last].shape.contains(.joined) { last -= 1 }
        if last == entity.end - 1 {
          let key = NameHash.combine(NameHash.offset, pieces[last].hash)
          if memory[key] == nil { memory[key] = Found(start: last, end: last + 1, label: "PERSON") }
        }
        if pieces[entity.start].classes.contains(.familyName) {
          let key = NameHash.combine(NameHash.offset, pieces[entity.start].hash)
          if memory[key] == nil { memory[key] = Found(start: entity.start, end: entity.start + 1, label: "PERSON") }
        }
      }
    }
    var covered = [Bool](repeating: false, count: pieces.count)
    for entity in found { for index in entity.start..<entity.end { covered[index] = true } }
    var added: [Found] = []
    for sentence in 0..<(sentenceBounds.count - 1) {
      let end = sentenceBounds[sentence + 1]
      var index = sentenceBounds[sentence]
      while index < end {
        guard !covered[index], pieces[index].shape.contains(.upper) else {
          index += 1
          continue
        }
        var key = NameHash.offset
        var best: Found?
        var next = index
        while next < end && next - index < longest && !covered[next] {
          key = NameHash.combine(key, pieces[next].hash)
          next += 1
          if let entity = memory[key], entity.end - entity.start == next - index {
            best = Found(start: index, end: next, label: entity.label)
          }
        }
        // A name must not continue into a longer capitalized name.
        if let entity = best, entity.end == end || !pieces[entity.end].isCapitalizedWord
          || pieces[entity.end].classes.contains(.common) || entity.label != "PERSON"
        {
          added.append(entity)
          index = entity.end
        } else {
          index += 1
        }
      }
    }
    guard !added.isEmpty else { return found }
    return (found + added).sorted { $0.start < $1.start }
  }
}
