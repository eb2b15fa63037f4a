extension EntityMatcher {
  /// Hashes of the words the rules for names in no list look for.
  enum UnknownNameWord {
    /// Words after a model's number that stay in a product's name: `Pixel 9
    /// Pro`, `Galaxy S24 Ultra`.
    static let modelWords = Mark.hashes([
      "pro", "ultra", "max", "plus", "mini", "lite", "air", "edge", "fold", "flip", "se", "fe", "xl", "neo", "turbo",
      "duo", "classic", "sport", "hybrid", "electric", "ev",
    ])
    /// Words before a product's name: `the Pixel 9`, `running Android 15`,
    /// `upgrade to Windows 11`.
    static let productContext = Mark.hashes([
      "the", "a", "an", "its", "their", "his", "her", "our", "your", "new", "latest", "unveiled", "launched",
      "released", "introduced", "announced", "running", "runs", "run", "installed", "install", "upgrade",
      "upgraded", "updated", "bought", "buy", "using", "uses", "use", "on", "to", "with", "for",
    ])
    /// Capitalized words a number follows without making a product: `Route
    /// 66`, `Chapter 11`, `Phase 3`, `Category 5`.
    static let numberedHeads = Mark.hashes([
      "route", "flight", "chapter", "room", "gate", "level", "phase", "stage", "grade", "category", "page", "table",
      "figure", "fig.", "item", "part", "title", "division", "district", "ward", "platform", "highway", "interstate",
      "number", "no.", "no", "unit", "block", "lot", "exhibit", "schedule", "appendix", "annex", "tier", "class",
      "group", "week", "day", "year", "season", "game", "round", "match", "act", "scene", "volume", "vol.", "issue",
      "episode", "rule", "article", "section", "paragraph", "clause", "amendment", "proposition", "prop", "measure",
      "bill", "question", "covid", "floor", "suite", "box", "station", "line", "bus", "term", "session", "point",
      "step", "top", "under", "over", "ages", "version", "model", "type", "size", "count", "claim", "case", "docket",
      "lane", "pier", "dock", "terminal", "zone", "sector", "area", "region", "camp", "team", "squad", "heat",
      "race", "leg", "lap", "hole", "set", "mile", "exit", "junction", "street", "avenue", "road", "phone", "fax",
      "tel", "ste", "apt", "po", "ext",
    ])
    /// Codes of reporting periods and groups that look like model codes:
    /// `Q3`, `H1`, `FY25`, `G7`.
    static let periodCodes: Set<UInt64> = {
      let codes: [String] = ["q1", "q2", "q3", "q4", "h1", "h2", "g7", "g8", "g20", "1q", "2q", "3q", "4q", "1h", "2h"]
      let shortYears: [String] = (0...99).map { (year: Int) -> String in year < 10 ? "fy0\(year)" : "fy\(year)" }
      let longYears: [String] = (2000...2040).map { (year: Int) -> String in "fy\(year)" }
      return Mark.hashes(codes + shortYears + longYears)
    }()
    /// Particles inside a person's name: `Ursula von der Leyen`, `Luiz Inácio
    /// Lula da Silva`.
    static let particles = Mark.hashes([
      "von", "van", "der", "den", "de", "da", "dos", "das", "del", "della", "di", "du", "la", "le", "bin", "ibn", "al",
      "ter", "zu",
    ])
    /// The first words of institutions' and places' names in languages
    /// whose names take particles: `Cámara de Diputados`, `Banco de España`,
    /// `Universiteit van Amsterdam`, `Haus der Kulturen` are no people.
    static let foreignNameHeads = Mark.hashes([
      "banco", "banca", "banque", "bank", "cámara", "camara", "câmara", "chambre", "universidad", "universidade",
      "università", "université", "universiteit", "universität", "ministerio", "ministério", "ministère",
      "ministero", "ministerie", "ministerium", "tribunal", "tribunale", "corte", "cour", "instituto", "istituto",
      "institut", "partido", "partito", "parti", "consejo", "conselho", "consiglio", "conseil", "secretaría",
      "secretaria", "comisión", "comissão", "commissione", "agencia", "agência", "agenzia", "agence", "fundación",
      "fundação", "fondazione", "fondation", "stiftung", "stichting", "museo", "museu", "musée", "teatro",
      "théâtre", "hospital", "hôpital", "ospedale", "colegio", "escuela", "escola", "école", "scuola", "servicio",
      "serviço", "servizio", "policía", "polícia", "polizia", "ejército", "exército", "esercito", "asamblea",
      "assembleia", "assemblée", "senado", "senato", "sénat", "congreso", "congresso", "gobierno", "governo",
      "gouvernement", "sindicato", "federación", "federação", "federazione", "fédération", "confederación",
      "asociación", "associação", "associazione", "association", "grupo", "gruppo", "groupe", "compañía",
      "companhia", "compagnie", "compagnia", "empresa", "société", "società", "sociedad", "sociedade",
      "gesellschaft", "verein", "bundesanstalt", "bundesamt", "bundesbank", "haus", "gemeente", "provincie",
      "hogeschool", "centro", "palacio", "palácio", "palazzo", "palais", "plaza", "praça", "piazza", "place",
      "puerto", "porto", "aeropuerto", "aeroporto", "aéroport", "río", "rio", "lago", "monte", "sierra", "serra",
      "cerro", "isla", "ilha", "isola", "île", "costa", "côte", "playa", "praia", "villa", "vila", "ville",
      "san", "santa", "santo", "são", "saint", "sainte", "real", "club", "deportivo", "atlético", "sporting",
      "estadio", "estádio", "stade", "stadio", "liga", "copa", "coupe", "coppa", "tour", "giro", "vuelta",
      "festival", "feria", "fiesta", "festa", "fête", "día", "dia", "jour", "giorno", "casa", "maison",
      "hotel", "hôtel", "restaurante", "café", "caffè", "château", "castillo", "castelo", "castello", "iglesia",
      "igreja", "église", "chiesa", "catedral", "cathédrale", "basílica", "basilique", "basilica", "avenida",
      "calle", "rua", "via", "rue", "boulevard", "parque", "parc", "parco", "jardín", "jardim", "jardin",
    ])
    /// Capitalized words a year follows without naming an event: seasons,
    /// periods, and words of citations (`Summer 2024`, `FY 2024`, `Act 2000`).
    static let notEventNames = Mark.hashes([
      "spring", "summer", "autumn", "fall", "winter", "fy", "q1", "q2", "q3", "q4", "h1", "h2", "class", "vision",
      "act", "law", "code", "no", "no.", "since", "in", "until", "by", "through",
    ])
    /// Prepositions of place before a town's or country's name: `in
    /// Brasília`, `near Tromsø`.
    static let placePrepositions = Mark.hashes(["in", "near", "outside", "throughout"])
  }

  /// The largest number a product's model number has; larger ones are years
  /// or quantities (`Expo 2025`, `Windows 11` is a model).
  private static let largestModelNumber = 999
  /// The shortest first word of a product's name (not `D 3.5`).
  private static let shortestProductWord = 2
  /// The most particles in a row inside a person's name (`von der`).
  static let mostParticles = 2

  /// A name that no list, suffix or title names, told by its own shape or by
  /// the word before or after it:
  ///
  /// - a product: a capitalized name and a model number or code, with the
  ///   words that grade a model (`Windows 11`, `Pixel 9 Pro`, `Galaxy S24
  ///   Ultra`), unless the word before the number only counts things
  ///   (`Chapter 11`, `Route 66`, `Phase 3`);
  /// - a person: a name with particles (`Ursula von der Leyen`, `Luiz Inácio
  ///   Lula da Silva`);
  /// - a place: one word after a preposition of place inside a sentence (`in
  ///   Brasília`), when it is not a title, a common word or an institution.
  func unknownName(at index: Int, run: Int, sentenceEnd end: Int) -> Match? {
    if let event = eventWithYear(at: index, run: run, sentenceEnd: end) { return event }
    if let product = unnamedProduct(at: index, sentenceEnd: end) { return product }
    if let product = productByKind(at: index, run: run, sentenceEnd: end) { return product }
    if let person = personWithParticles(at: index, sentenceEnd: end) { return person }
    if let person = personInAppositive(at: index, run: run, sentenceEnd: end) { return person }
    let piece = pieces[index]
    let plain =
      piece.isCapitalizedWord && run == index + 1
      && piece.shape.isDisjoint(with: [.allCaps, .mixedCase, .alphanumeric, .hyphen])
      && piece.classes.isDisjoint(with: Self.notInPersonName.union([.gazetteerStart, .institution, .determiner]))
    guard plain else { return nil }
    // `in Brasília`.
    let first = sentenceBounds[0]
    if index > first && !piece.shape.contains(.sentenceStart)
      && UnknownNameWord.placePrepositions.contains(pieces[index - 1].lowerHash)
      && pieces[index - 1].shape.contains(.lower)
      && (index + 1 == end || !Mark.possessives.contains(pieces[index + 1].lowerHash))
    {
      return Match(entity: Found(start: index, end: index + 1, label: "GPE", spreads: false), next: index + 1)
    }
    return nil
  }

  /// A name and a year after it: an edition of an event (`CES 2026`, `Expo
  /// 2025`, `Web Summit 2025`), unless the name is a season or a period code
  /// (`Summer 2024`, `FY 2024`).
  private func eventWithYear(at index: Int, run: Int, sentenceEnd end: Int) -> Match? {
    guard run < end, run - index <= Self.longestEventName, isYear(run),
      !(run + 1 < end && (isPercent(run + 1) || pieces[run + 1].shape.contains(.hyphen))),
      pieces[index..<run].allSatisfy({
        $0.shape.contains(.upper) && !UnknownNameWord.notEventNames.contains($0.lowerHash)
          && $0.classes.isDisjoint(with: [.function, .time, .personTitle, .lawHead, .common])
      })
    else { return nil }
    return found(index, run + 1, "EVENT")
  }

  /// Two or three plain capitalized words in an appositive after a role
  /// or title: `its founder, Mia Torres, said`, `the chief executive, Anouk
  /// Verhoeven.` (PERSON).
  private func personInAppositive(at index: Int, run: Int, sentenceEnd end: Int) -> Match? {
    let first = sentenceBounds[0]
    guard index >= first + 2, pieces[index - 1].lowerHash == Mark.comma,
      !pieces[index - 2].classes.isDisjoint(with: [.personTitle, .role]), pieces[index - 2].shape.contains(.lower)
    else { return nil }
    let nameEnd = personName(from: index, limit: min(run, end), particles: true)
    guard nameEnd == run, (2...3).contains(words(index..<nameEnd)),
      nameEnd == end || pieces[nameEnd].lowerHash == Mark.comma || pieces[nameEnd].classes.contains(.speech)
        || !pieces[nameEnd].shape.contains(.word)
    else { return nil }
    return found(index, nameEnd, "PERSON")
  }

  /// A name right before the kind of product it names, after `the`, `a`,
  /// `its` or a possessive: `the Perseverance rover`, `the Ingenuity
  /// helicopter`, `its Corvane Aero headset` (PRODUCT).
  private func productByKind(at index: Int, run: Int, sentenceEnd end: Int) -> Match? {
    guard index > sentenceBounds[0], run < end, run - index <= Self.longestProductName,
      pieces[run].classes.contains(.productNoun), pieces[run].shape.contains(.lower),
      pieces[index - 1].classes.contains(.determiner) || Mark.possessives.contains(pieces[index - 1].lowerHash),
      pieces[index..<run].allSatisfy({
        $0.classes.isDisjoint(with: Self.notInPersonName.union([.institution, .gazetteerStart]))
      })
    else { return nil }
    return found(index, run, "PRODUCT")
  }

  /// The most words of a product's name before its kind.
  private static let longestProductName = 3

  /// Whether the piece at `index` is a year from 1900 to 2099, alone.
  private func isYear(_ index: Int) -> Bool {
    let piece = pieces[index]
    guard piece.shape.contains(.digit), !piece.shape.contains(.joined), !piece.shape.contains(.alphanumeric),
      piece.end - piece.start == Self.yearDigits
    else { return false }
    return piece.firstByte == UInt8(ascii: "1") || piece.firstByte == UInt8(ascii: "2")
  }

  /// The most words of an event's name before its year.
  private static let longestEventName = 4

  /// A product named by an unknown name and a model number: `Windows 11`,
  /// `Pixel 9 Pro`, `Galaxy S24 Ultra`.
  private func unnamedProduct(at index: Int, sentenceEnd end: Int) -> Match? {
    let piece = pieces[index]
    guard piece.isCapitalizedWord, piece.end - piece.start >= Self.shortestProductWord,
      !UnknownNameWord.numberedHeads.contains(piece.lowerHash),
      piece.classes.isDisjoint(with: Self.notInPersonName.union([.institution]))
    else { return nil }
    // Up to two more words of the name, then the model.
    var next = index + 1
    while next < end && next - index < 3 && pieces[next].isCapitalizedWord
      && !pieces[next].shape.contains(.alphanumeric)
      && pieces[next].classes.isDisjoint(with: Self.notInPersonName.union([.institution]))
    {
      next += 1
    }
    guard next < end, isModelCode(next, sentenceEnd: end),
      !UnknownNameWord.numberedHeads.contains(pieces[next - 1].lowerHash)
    else { return nil }
    let code = next
    next += 1
    while next < end
      && ((UnknownNameWord.modelWords.contains(pieces[next].lowerHash) && pieces[next].shape.contains(.upper))
        || isModelCode(next, sentenceEnd: end))
    {
      next += 1
    }
    // A bare number names a model only with a model word after it or a
    // product's context before it (`the Pixel 9`, `running Android 15`): a
    // name and a number are also scores, heats and list items.
    let marked =
      pieces[code].shape.contains(.alphanumeric) || next > code + 1
      || (index > sentenceBounds[0] && pieces[index - 1].shape.contains(.lower)
        && UnknownNameWord.productContext.contains(pieces[index - 1].lowerHash))
    return marked ? found(index, next, "PRODUCT") : nil
  }

  /// Whether the piece at `index` is a model's number or code: `11`, `9`,
  /// `S24`, `A17` (not a year, an amount or a share).
  private func isModelCode(_ index: Int, sentenceEnd end: Int) -> Bool {
    let piece = pieces[index]
    guard !piece.shape.contains(.joined) else { return false }
    // A version: `v1.30`, `v2`.
    if piece.shape.contains(.alphanumeric) && piece.firstByte == UInt8(ascii: "v") { return true }
    if piece.shape.contains(.alphanumeric) && piece.shape.contains(.upper) {
      return !UnknownNameWord.periodCodes.contains(piece.lowerHash)
    }
    guard piece.shape.contains(.digit), !piece.shape.contains(.alphanumeric), piece.end - piece.start <= 3 else {
      return false
    }
    // Not an amount (`5 percent`), a list (`9, 10`) or a phone number (`410-468`).
    if index + 1 < end
      && (isPercent(index + 1) || pieces[index + 1].lowerHash == Mark.comma
        || pieces[index + 1].shape.contains(.hyphen))
    {
      return false
    }
    return true
  }

  /// A person's name with particles between its words: `Ursula von der
  /// Leyen`, `Luiz Inácio Lula da Silva`, `Ahmed bin Salman`.
  private func personWithParticles(at index: Int, sentenceEnd end: Int) -> Match? {
    guard pieces[index].isCapitalizedWord,
      pieces[index].classes.isDisjoint(
        with: Self.notInPersonName.union([.institution, .facilityHead, .locationHead, .headOf]))
    else { return nil }
    let nameEnd = personName(from: index, limit: end, particles: true)
    let hasParticle = pieces[index..<nameEnd].contains {
      $0.shape.contains(.lower) && UnknownNameWord.particles.contains($0.lowerHash)
    }
    let foreignInstitution = pieces[index..<nameEnd].contains {
      UnknownNameWord.foreignNameHeads.contains($0.lowerHash)
    }
    guard hasParticle, !foreignInstitution, !isGazetteerWord(nameEnd - 1) else { return nil }
    return found(index, nameEnd, "PERSON")
  }

  /// `found` with the acronym in brackets right after a name added, with
  /// the name's label: `(BaFin)` after `Federal Financial Supervisory
  /// Authority`, `(TSMC)` after `Taiwan Semiconductor Manufacturing Co`.
  func withBracketedAcronyms(_ found: [Found]) -> [Found] {
    var result: [Found] = []
    result.reserveCapacity(found.count)
    for (position, entity) in found.enumerated() {
      result.append(entity)
      let acronym = entity.end + 1
      guard acronym + 1 < pieces.count, pieces[entity.end].lowerHash == Mark.openParen,
        pieces[acronym + 1].lowerHash == Mark.closeParen, pieces[acronym].shape.contains(.upper),
        !pieces[acronym].shape.isDisjoint(with: [.allCaps, .mixedCase]),
        position + 1 == found.count || found[position + 1].start > acronym,
        entity.label == "ORG" || initial(of: acronym) == initial(of: entity.start)
      else { continue }
      result.append(Found(start: acronym, end: acronym + 1, label: entity.label))
    }
    return result
  }

  /// The first letter of a piece, lowercased (its first byte).
  private func initial(of index: Int) -> UInt8 { pieces[index].firstByte }

  /// `found` with an event's year kept in its name: `2028 Olympics`, `2026
  /// World Cup`.
  func withEventYears(_ found: [Found]) -> [Found] {
    found.enumerated().map { position, entity in
      let year = entity.start - 1
      guard entity.label == "EVENT", year >= 0, pieces[year].shape.contains(.digit),
        pieces[year].end - pieces[year].start == Self.yearDigits, !pieces[entity.start].shape.contains(.joined),
        position == 0 || found[position - 1].end <= year
      else { return entity }
      return Found(start: year, end: entity.end, label: entity.label)
    }
  }

  /// The digits of a year.
  private static let yearDigits = 4
}
