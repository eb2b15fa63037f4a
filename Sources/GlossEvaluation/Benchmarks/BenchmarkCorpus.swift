import GlossCore

/// Generates news-like text for speed measurements: reproducible from a
/// seed, with the mix of names, numbers, dates, durations and plain clauses
/// of wire stories.
public struct BenchmarkCorpus: Sendable {
  /// One generated document.
  public struct Item: Sendable {
    /// The text.
    public var text: String
    /// Its creation time.
    public var dct: String
    /// Its number of words (runs of non-space characters).
    public var words: Int
  }

  private var random: SeededGenerator

  /// A generator; the same seed gives the same text.
  public init(seed: UInt64 = 4) {
    random = SeededGenerator(seed: seed)
  }

  /// Documents of about `wordsPerDocument` words until `words` are reached.
  public mutating func documents(words: Int, wordsPerDocument: Int = 600) -> [Item] {
    var items: [Item] = []
    var total = 0
    while total < words {
      let item = document(words: wordsPerDocument)
      total += item.words
      items.append(item)
    }
    return items
  }

  /// One document of about `words` words.
  public mutating func document(words: Int) -> Item {
    var text = ""
    var count = 0
    let year = 2015 + next(10)
    let dct = "\(year)-\(pad(1 + next(12)))-\(pad(1 + next(28)))"
    while count < words {
      var paragraph = ""
      for _ in 0..<(3 + next(4)) {
        let sentence = self.sentence()
        paragraph += (paragraph.isEmpty ? "" : " ") + sentence
        count += sentence.split(separator: " ").count
      }
      text += paragraph + "\n\n"
    }
    return Item(text: text, dct: dct, words: count)
  }

  /// A number below `bound`, from the generator's next 64 bits.
  private mutating func next(_ bound: Int) -> Int {
    Int(random.next() % UInt64(bound))
  }

  private mutating func pick(_ words: [String]) -> String { words[next(words.count)] }

  private func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

  private static let people = [
    "Vladimir Putin", "Kim Jong Un", "Dmitry Peskov", "Angela Merkel", "Emmanuel Macron", "Joe Biden", "Xi Jinping",
    "Narendra Modi", "Olaf Scholz", "Rishi Sunak", "Antonio Guterres", "Yoon Suk Yeol", "Fumio Kishida",
  ]
  private static let places = [
    "Russia", "North Korea", "Pyongyang", "Moscow", "Seoul", "Tokyo", "Beijing", "Washington", "Ukraine", "Kyiv",
    "Berlin", "Paris", "London", "New Delhi", "Northeast Asia", "the Korean Peninsula", "Europe", "the United States",
  ]
  private static let organisations = [
    "the State Duma", "the Kremlin", "the United Nations", "NATO", "the European Commission", "the Foreign Ministry",
    "the central bank", "the Security Council", "the World Bank", "Reuters",
  ]
  private static let nouns = [
    "treaty", "agreement", "sanctions", "talks", "economy", "budget", "election", "summit", "parliament", "deal",
    "investment", "security", "trade", "exports", "inflation", "coalition", "alliance", "proposal", "report", "court",
  ]
  private static let verbs = [
    "signed", "rejected", "approved", "discussed", "criticised", "welcomed", "delayed", "announced", "reviewed",
    "extended", "blocked", "endorsed",
  ]
  private static let adjectives = [
    "new", "strategic", "controversial", "long-awaited", "bilateral", "regional", "economic", "military", "joint",
    "comprehensive", "preliminary", "final",
  ]
  private static let times = [
    "on Tuesday", "last year", "in June 2024", "on November 10, 2024", "two weeks ago", "in 1996", "since 2000",
    "over the past two decades", "for nearly a decade", "on October 14th", "earlier this month", "next year",
    "every week", "in the 1990s", "at 12:48 PM", "in recent years", "for months", "by the end of 2025", "yesterday",
    "in mid-2023", "on 10 March 2022", "three years ago", "this morning", "in early 2021", "now",
  ]
  private static let quantities = [
    "2,000 officers", "Article 51", "15 percent", "$3.5 billion", "about 300 people", "12 ministers", "four regions",
    "Article 4", "1,200 troops", "nine per cent",
  ]

  private mutating func sentence() -> String {
    let subject = next(2) == 0 ? pick(Self.people) : pick(Self.organisations).capitalizedFirst
    switch next(8) {
    case 0:
      return
        "\(subject) \(pick(Self.verbs)) the \(pick(Self.adjectives)) \(pick(Self.nouns)) with \(pick(Self.places)) \(pick(Self.times))."
    case 1:
      return
        "According to \(pick(Self.organisations)), the \(pick(Self.nouns)) affects \(pick(Self.quantities)) in \(pick(Self.places))."
    case 2:
      return
        "\(subject) said that the \(pick(Self.adjectives)) \(pick(Self.nouns)) would be \(pick(Self.verbs)) \(pick(Self.times)), a spokesman told reporters."
    case 3:
      return
        "The \(pick(Self.nouns)), which was \(pick(Self.verbs)) by \(pick(Self.organisations)), marks a shift in relations between \(pick(Self.places)) and \(pick(Self.places))."
    case 4:
      return
        "\"We will not accept this \(pick(Self.nouns)),\" \(pick(Self.people)) said in \(pick(Self.places)), adding that \(pick(Self.quantities)) were involved."
    case 5:
      return
        "Analysts expect the \(pick(Self.nouns)) to remain \(pick(Self.adjectives)) as \(pick(Self.places)) and \(pick(Self.places)) seek closer ties on \(pick(Self.nouns)) and \(pick(Self.nouns))."
    case 6:
      return
        "\(pick(Self.times).capitalizedFirst), \(subject) \(pick(Self.verbs)) a \(pick(Self.adjectives)) \(pick(Self.nouns)) on \(pick(Self.nouns))."
    default:
      return
        "Critics argue that the \(pick(Self.nouns)) could escalate tensions, while supporters say it brings \(pick(Self.adjectives)) stability to \(pick(Self.places))."
    }
  }
}

extension String {
  fileprivate var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
