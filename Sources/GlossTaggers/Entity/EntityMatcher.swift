/// The entity tagger's rules over one document's pieces.
///
/// Pass one walks each sentence left to right and takes, at each word, the
/// first rule that matches: a law's article (`Article 4`), a wire dateline
/// (`BRUSSELS, March 14 —`), a gazetteer name (longest first, widened to a
/// law or organisation when the capitalized run it starts ends in `Treaty`,
/// `Commission` and the like, or to a product after a maker: `Boeing 737`),
/// a named storm (`Hurricane Melissa`), a model's designation (`F-16 jets`),
/// a titled person (`President Vladimir Putin`), a run ending in a name
/// suffix, a facility or place named head first (`Mount Everest`), a person
/// named by a known given or family name, by a title or role before it
/// (`spokesman Dmitry Peskov`), by a verb of saying before or after it, or
/// by an appositive (`Jane Doe, a senior analyst`), and an organisation by
/// its context (`analysts at X`, `X, the association of …`, `X shares`,
/// `X gained 2 percent`, `the Commission`). Pass two tags every other
/// mention of a name found in pass one, a person's family or given name
/// alone (`Putin` after `Vladimir Putin`), and a storm's name alone.
struct EntityMatcher {
  let model: EntityModel
  let pieces: [NamePiece]
  let sentenceBounds: [Int]

  /// A found entity over pieces `[start, end)`.
  struct Found {
    var start: Int
    var end: Int
    var label: String
    /// Whether its other mentions are tagged too (pass two): not for names
    /// labelled by a weak cue alone (`in X`), so one guess does not spread.
    var spreads = true
  }

  private static let suffixLabels: [(WordClass, String)] = [
    (.lawSuffix, "LAW"), (.orgSuffix, "ORG"), (.companyForm, "ORG"), (.facilitySuffix, "FAC"),
    (.locationSuffix, "LOC"), (.placeSuffix, "GPE"), (.eventSuffix, "EVENT"),
  ]

  /// Hashes of the words and marks the rules look for, lowercased.
  enum Mark {
    static let of = NameHash.hash("of", lowercased: true)
    static let and = NameHash.hash("and", lowercased: true)
    static let or = NameHash.hash("or", lowercased: true)
    static let language = NameHash.hash("language", lowercased: true)
    static let at = NameHash.hash("at", lowercased: true)
    static let the = NameHash.hash("the", lowercased: true)
    static let comma = NameHash.hash(",", lowercased: true)
    static let openParen = NameHash.hash("(", lowercased: true)
    static let closeParen = NameHash.hash(")", lowercased: true)
    static let percentSign = NameHash.hash("%", lowercased: true)
    static let dashes = hashes(["—", "–", "-", "--", "―"])
    static let possessives = hashes(["’s", "'s", "’", "'"])
    static let openQuotes = hashes(["“", "\"", "‘"])
    static let closeQuotes = hashes(["”", "\"", "’"])
    /// Heads whose `of …` part may hold an `and`: `Department of Housing
    /// and Urban Development`.
    static let governmentHeads = hashes([
      "ministry", "department", "office", "secretariat", "secretary", "commission", "committee",
    ])
    /// Words after a hyphen that make the name before it a modifier:
    /// `Denver-based`, `US-led`.
    static let hyphenatedModifiers = hashes([
      "based", "led", "owned", "backed", "born", "run", "controlled", "funded", "made", "style", "linked", "listed",
      "headquartered", "affiliated", "bound", "era", "friendly", "focused", "registered",
    ])

    /// The lowercased hashes of some words.
    static func hashes(_ words: [String]) -> Set<UInt64> {
      Set(words.map { NameHash.hash($0[...], lowercased: true) })
    }
  }

  /// Words a person's name does not contain.
  static let notInPersonName: WordClass = WordClass.suffixes.union([
    .common, .function, .time, .personTitle, .role, .lawHead, .speech, .stormHead,
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
    return mentions(after: withEventYears(withBracketedAcronyms(found)))
  }

  // MARK: - Pass one

  /// What a rule found at a word: an entity, or none, and where to go on.
  struct Match {
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
    if let title = quotedTitle(at: index, sentenceEnd: end) { return title }
    if piece.shape.contains(.sentenceStart) && piece.shape.contains(.upper),
      let dateline = dateline(at: index, sentenceEnd: end)
    {
      return dateline
    }
    if classes.contains(.gazetteerStart), let name = gazetteerName(at: index, sentenceEnd: end) {
      let run =
        piece.isCapitalizedWord
        ? capitalizedRun(from: index, sentenceEnd: end, joiningAnd: true, onlyMinistries: true) : index
      if name.length == 1 && classes.contains(.language) && isLanguage(at: index, sentenceEnd: end) {
        return found(index, index + 1, "LANGUAGE")
      }
      if name.length == 1 && classes.contains(.productMaker),
        let product = product(madeBy: index, sentenceEnd: end)
      {
        return product
      }
      if let suffix = suffixEnd(of: index..<run), suffix.end > index + name.length {
        return found(index, suffix.end, suffix.label)
      }
      return found(index, index + name.length, name.label)
    }
    guard piece.isCapitalizedWord else {
      return personAfterTitle(at: index, sentenceEnd: end)
    }
    let run = capitalizedRun(from: index, sentenceEnd: end)
    // Air France, Statistics Canada.
    if classes.contains(.countryOrganization) && index + 1 < end && pieces[index + 1].classes.contains(.gazetteerStart),
      let country = gazetteerName(at: index + 1, sentenceEnd: end), country.label == "GPE"
    {
      return found(index, index + 1 + country.length, "ORG")
    }
    if !classes.isDisjoint(with: [.stormHead, .stormModifier]), let storm = storm(at: index, sentenceEnd: end) {
      return storm
    }
    if let designation = designation(at: index, sentenceEnd: end) { return designation }
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
    let joinedRun = capitalizedRun(from: index, sentenceEnd: end, joiningAnd: true)
    if let suffix = suffixEnd(of: index..<joinedRun) {
      return found(index, suffix.end, suffix.label)
    }
    if !classes.isDisjoint(with: [.facilityHead, .locationHead]), let place = headFirstName(at: index, sentenceEnd: end)
    {
      return place
    }
    if classes.contains(.productMaker), let product = product(madeBy: index, sentenceEnd: end) { return product }
    if !classes.isDisjoint(with: [.givenName, .familyName]) {
      let nameEnd = personName(from: index, limit: end, particles: true)
      if words(index..<nameEnd) >= 2 { return found(index, nameEnd, "PERSON") }
    }
    if let titled = personAfterTitle(at: index, sentenceEnd: end) { return titled }
    if let quoted = personAfterSpeech(at: index, sentenceEnd: end) { return quoted }
    // "Jane Doe said".
    let nameEnd = personName(from: index, limit: end)
    let nameWords = words(index..<nameEnd)
    if nameEnd < end && nameWords >= 2 && pieces[nameEnd].classes.contains(.speech) {
      return found(index, nameEnd, "PERSON")
    }
    if let named = nameByContext(at: index, run: run, sentenceEnd: end) { return named }
    if let unknown = unknownName(at: index, run: run, sentenceEnd: end) { return unknown }
    let inside = !piece.shape.contains(.sentenceStart)
    // A known given name alone inside a sentence: "ask John".
    if inside && nameWords == 1 && classes.contains(.givenName) { return found(index, nameEnd, "PERSON") }
    return nil
  }

  func found(_ start: Int, _ end: Int, _ label: String) -> Match {
    Match(entity: Found(start: start, end: end, label: label), next: end)
  }

  /// A person named right after a title or role: `spokesman Dmitry Peskov`.
  private func personAfterTitle(at index: Int, sentenceEnd end: Int) -> Match? {
    let before = index > sentenceBounds.first! ? pieces[index - 1] : pieces[index]
    guard index > sentenceBounds.first!,
      before.classes.contains(.personTitle) || (before.classes.contains(.role) && before.shape.contains(.lower)),
      pieces[index].isCapitalizedWord
    else { return nil }
    let nameEnd = personName(from: index, limit: end)
    return nameEnd > index ? found(index, nameEnd, "PERSON") : nil
  }

  /// The end of the longest gazetteer name starting at `index`.
  func gazetteerName(at index: Int, sentenceEnd end: Int) -> EntityModel.Name? {
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
  ///
  /// With `joiningAnd`, a lowercase `and` between capitalized words stays
  /// inside when the name goes on to a name suffix (`Food and Drug
  /// Administration`) or joins the fields of a ministry (`Department of
  /// Housing and Urban Development`), and a possessive after a saint or a
  /// royal (`St. Peter's Square`). With `onlyMinistries`, only the fields of
  /// a ministry join: a gazetteer name before `and` is a name of its own
  /// (`Britain and European Commission officials`).
  func capitalizedRun(
    from index: Int, sentenceEnd end: Int, joiningAnd: Bool = false, onlyMinistries: Bool = false
  ) -> Int {
    var next = index + 1
    var firstAnd: Int?
    var lastAnd = index
    var governmentOf = false
    while next < end {
      let piece = pieces[next]
      if piece.isCapitalizedWord {
        next += 1
      } else if piece.shape.contains(.hyphen) && next + 1 < end && pieces[next + 1].shape.contains(.word)
        && !Mark.hyphenatedModifiers.contains(pieces[next + 1].lowerHash)
      {
        next += 2
      } else if joiningAnd && piece.lowerHash == Mark.and && piece.shape.contains(.lower) && next + 1 < end
        && pieces[next + 1].isCapitalizedWord && suffixLabel(pieces[next - 1].classes) == nil
      {
        // Not after a name's suffix: `Eiffel Tower and Notre-Dame Cathedral` are two.
        if firstAnd == nil { firstAnd = next }
        lastAnd = next
        next += 2
      } else if joiningAnd && pieces[index].classes.contains(.possessiveNameStart) && next + 1 < end
        && pieces[next + 1].isCapitalizedWord && Mark.possessives.contains(piece.lowerHash)
      {
        // `St. Peter's Square`, `King's College`.
        next += 2
      } else if piece.classes.contains(.nameJoiner) && !piece.shape.contains(.upper)
        && ((piece.lowerHash == Mark.of && pieces[next - 1].classes.contains(.headOf))
          || !piece.shape.contains(.word))
      {
        if piece.lowerHash == Mark.of && Mark.governmentHeads.contains(pieces[next - 1].lowerHash) {
          governmentOf = true
        }
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
    guard let firstAnd, !governmentOf else { return next }
    if onlyMinistries { return firstAnd }
    // Keep the `and` only when a name suffix follows it.
    for index in (lastAnd + 1)..<next where pieces[index].shape.contains(.upper) {
      if suffixLabel(pieces[index].classes) != nil { return next }
    }
    return firstAnd
  }

  /// Where a run's name ends when a name suffix decides its label: after
  /// the last suffix word (`… Treaty` in `… Treaty Signed`), or for `X of Y`
  /// names, after the run with the label of the head before `of`.
  func suffixEnd(of run: Range<Int>) -> (end: Int, label: String)? {
    guard run.count >= 2 else { return nil }
    // X of Y: the head decides.
    for index in run.dropFirst() where pieces[index].classes.contains(.nameJoiner) {
      if let label = suffixLabel(pieces[index - 1].classes) { return (run.upperBound, label) }
      break
    }
    var index = run.upperBound - 1
    while index > run.lowerBound {
      // A suffix word before a title is part of the title: `U.S. District Judge`.
      let beforeTitle =
        index + 1 < run.upperBound && !pieces[index + 1].classes.isDisjoint(with: [.personTitle, .role])
      if pieces[index].shape.contains(.upper), !beforeTitle, let label = suffixLabel(pieces[index].classes) {
        return words(run.lowerBound..<index + 1) >= 2 ? (index + 1, label) : nil
      }
      index -= 1
    }
    return nil
  }

  func suffixLabel(_ classes: WordClass) -> String? {
    guard !classes.isDisjoint(with: WordClass.suffixes) else { return nil }
    for (suffix, label) in Self.suffixLabels where classes.contains(suffix) { return label }
    return nil
  }

  /// The end of a person's name from `start`: up to four capitalized words
  /// that are not titles, suffixes or common words, with hyphenated parts,
  /// and with `particles`, lowercase particles between them (`von der`).
  func personName(from start: Int, limit: Int, particles: Bool = false) -> Int {
    var next = start
    var count = 0
    while next < limit && count < 4 {
      let piece = pieces[next]
      // A family name that is also a suffix word may start a name: `Park Geun-hye`.
      let allowed =
        piece.classes.isDisjoint(with: Self.notInPersonName)
        || (count == 0 && piece.classes.contains(.familyName)
          && piece.classes.isDisjoint(with: [.common, .function, .time, .personTitle, .speech]))
      if piece.isCapitalizedWord && allowed
        && !(count > 0 && piece.classes.contains(.gazetteerStart) && isGazetteerWord(next))
      {
        next += 1
        count += 1
      } else if count > 0 && piece.shape.contains(.hyphen) && next + 1 < limit
        && pieces[next + 1].shape.contains(.word)
      {
        next += 2
      } else if particles && count > 0, let after = nameAfterParticles(at: next, limit: limit) {
        next = after
      } else {
        break
      }
    }
    return next
  }

  /// Where the capitalized word after up to two particles from `index`
  /// starts (`Leyen` after `von der`), or `nil` when none follows.
  private func nameAfterParticles(at index: Int, limit: Int) -> Int? {
    var next = index
    while next < limit && next - index < Self.mostParticles && pieces[next].shape.contains(.lower)
      && UnknownNameWord.particles.contains(pieces[next].lowerHash)
    {
      next += 1
    }
    guard next > index, next < limit, pieces[next].isCapitalizedWord,
      pieces[next].classes.isDisjoint(with: Self.notInPersonName)
    else { return nil }
    return next
  }

  /// Whether the word at `index` is a one-word gazetteer name.
  func isGazetteerWord(_ index: Int) -> Bool {
    model.names[NameHash.combine(NameHash.offset, pieces[index].hash)]?.length == 1
  }

  /// The number of words in a piece range, counting hyphenated words once.
  func words(_ range: Range<Int>) -> Int {
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
    var found = found
    var memory: [UInt64: Found] = [:]
    var longest = 1
    // A storm's name alone is the storm: `Melissa` after `Hurricane Melissa`.
    var storms: [UInt64: Found] = [:]
    for entity in found
    where entity.label == "EVENT" && entity.end - entity.start >= 2
      && pieces[entity.end - 2].classes.contains(.stormHead)
    {
      let key = NameHash.combine(NameHash.offset, pieces[entity.end - 1].hash)
      storms[key] = Found(start: entity.end - 1, end: entity.end, label: "EVENT")
    }
    if !storms.isEmpty {
      for index in found.indices where found[index].end - found[index].start == 1 {
        let key = NameHash.combine(NameHash.offset, pieces[found[index].start].hash)
        if storms[key] != nil { found[index].label = "EVENT" }
      }
      memory = storms
    }
    for entity in found where entity.spreads {
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
        let first = pieces[entity.start]
        if first.classes.contains(.familyName)
          || (first.classes.isDisjoint(with: Self.notInFirstNameMention)
            && !pieces[entity.start + 1].shape.contains(.joined))
        {
          // The family name first (Kim Jong Un), or the given name alone (`Rúben`).
          let key = NameHash.combine(NameHash.offset, first.hash)
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
        if let entity = best,
          entity.end == end || !pieces[entity.end].isCapitalizedWord
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

  /// Words whose capitalized form alone is not taken for a person named
  /// earlier: `Will`, `Mark`, `President`.
  private static let notInFirstNameMention: WordClass = notInPersonName.union([
    .gazetteerStart, .nameJoiner, .titleModifier, .determiner,
  ])
}
