import GlossCore

/// Writes a synthetic corpus for the query benchmark: English-like sentences
/// over a skewed vocabulary, an entity about every 8 words, a date about
/// every 40, a MAIN clause over every sentence and a SUB clause in a third of
/// them, committed to the store like any annotation.
struct QueryBenchmarkCorpus {
  /// The seed of every run's generator.
  static let seed: UInt64 = 42
  /// About how many words each document has.
  static let wordsPerDocument = 1000
  /// How many invented content words there are.
  static let vocabularySize = 40_000
  /// How many documents are committed to the store at once.
  static let documentsPerCommit = 500

  /// Half of all words: function words and the treaty vocabulary the queries look for.
  static let functionWords = [
    "the", "of", "and", "to", "in", "a", "that", "is", "was", "for", "on", "with", "as", "by", "at", "from", "it",
    "this",
    "which", "be", "has", "have", "not", "an", "are", "its", "their", "treaty", "agreement", "signed", "said",
  ]
  /// The names of PERSON entities.
  static let names = [
    "Putin", "Kim", "Peskov", "Lavrov", "Shoigu", "Moon", "Biden", "Xi", "Modi", "Erdogan", "Macron", "Scholz",
  ]
  /// The names of the other entities.
  static let places = [
    "Russia", "Korea", "Pyongyang", "Moscow", "Seoul", "Beijing", "Ukraine", "Japan", "China", "Kyiv",
  ]
  /// The month names of the dates.
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]
  /// The entity labels, drawn evenly.
  static let entityLabels = ["PERSON", "GPE", "ORG", "LAW", "NORP", "LOC"]

  /// The syllables the invented content words are made of.
  static let syllables = [
    "ka", "ri", "to", "men", "sal", "de", "vor", "li", "po", "stra", "nu", "el", "gan", "ti", "qua", "bro", "zen", "mi",
    "an", "ous",
  ]
  /// One word in this many is the start of an entity…
  private static let wordChoices = 40
  /// …when the roll is below this (one in eight words)…
  private static let entityChoices = 5
  /// …and a date when it equals this (one in forty).
  private static let dateChoice = 5
  /// The years of the dates.
  private static let years = 2020...2025
  /// The lengths of sentences, in words.
  private static let sentenceLengths = 8...30
  /// The syllables of an invented word.
  private static let syllableCounts = 2...4
  /// The resolution of the skewed draw of content words.
  private static let skewSteps = 1_000_000
  /// One in this many entities is a suggestion, one in this many entities
  /// has two names, and one in this many sentences has a SUB clause.
  private static let oneInThree = 3

  /// The random numbers, drawn in the same order on every run.
  private var random = SeededGenerator(seed: Self.seed)
  /// The invented content words, the first drawn least skewed.
  private var vocabulary: [String] = []
  /// The text of the document being generated.
  private var text = ""
  /// Its spans.
  private var spans: [Span] = []

  /// A generator that has drawn its vocabulary.
  private init() {
    while vocabulary.count < Self.vocabularySize {
      let length = Int.random(in: Self.syllableCounts, using: &random)
      var word = ""
      for _ in 0..<length { word += Self.syllables[draw(Self.syllables.count)] }
      vocabulary.append(word)
    }
  }

  /// Writes about `words` words in documents of about 1,000 words under
  /// `root`, reporting each commit through `progress`.
  static func write(words: Int, to root: String, progress: (String) -> Void) throws {
    try FileSystem.createDirectory(atPath: Path.join(root, "Corpus"), intermediate: true)
    var generator = QueryBenchmarkCorpus()
    let documents = max(1, words / wordsPerDocument)
    var batch: [AnnotationStore.DocumentChange] = []
    let store = AnnotationStore(path: Path.join(root, "Annotations"))
    for number in 0..<documents {
      batch.append(try generator.writeDocument(number, to: root))
      if batch.count == documentsPerCommit || number == documents - 1 {
        try store.commit(batch, author: "bench", message: "synthetic spans")
        batch = []
        progress("wrote \(number + 1) of \(documents) documents")
      }
    }
  }

  /// Generates document `number`, writes its text and metadata under
  /// `root`, and returns its spans as a change to commit.
  private mutating func writeDocument(_ number: Int, to root: String) throws -> AnnotationStore.DocumentChange {
    let id = Self.documentID(number)
    generateDocument()
    let source = SourceText(text)
    try AtomicFile.write(source.utf8, toPath: Path.join(root, "Corpus/\(id).txt"))
    let month = Int.random(in: 1...Self.months.count, using: &random)
    try AtomicFile.write(
      Array(#"{"title": "Synthetic document \#(number)", "dct": "2024-\#(month < 10 ? "0" : "")\#(month)-01"}"#.utf8),
      toPath: Path.join(root, "Corpus/\(id).meta.json"))
    let document = Document(id: id, text: source)
    return AnnotationStore.DocumentChange(
      base: DocumentAnnotations(documentID: id), new: DocumentAnnotations(documentID: id, spans: spans), text: source,
      textSHA256: document.textSHA256)
  }

  /// Fills ``text`` and ``spans`` with sentences until the document has
  /// ``wordsPerDocument`` words.
  private mutating func generateDocument() {
    text = ""
    spans = []
    var count = 0
    while count < Self.wordsPerDocument {
      if !text.isEmpty { text += " " }
      count += generateSentence()
    }
    text += "\n"
  }

  /// Appends a sentence and its clauses; returns its number of words.
  private mutating func generateSentence() -> Int {
    let sentenceStart = text.utf8.count
    let length = Int.random(in: Self.sentenceLengths, using: &random)
    var lastWordEnd = sentenceStart
    var subStart: Int?
    for position in 0..<length {
      if position > 0 { text += " " }
      let start = text.utf8.count
      let roll = draw(Self.wordChoices)
      if roll < Self.entityChoices {
        appendEntity()
      } else if roll == Self.dateChoice {
        appendDate()
      } else {
        // The middle word may open a SUB clause.
        var word = contentWord(capitalized: position == 0)
        if position == length / 2, subStart == nil, draw(Self.oneInThree) == 0 {
          word = "because"
          subStart = start
        }
        text += word
      }
      lastWordEnd = text.utf8.count
    }
    text += "."
    addSpan("clause", "MAIN", sentenceStart..<lastWordEnd)
    if let subStart { addSpan("clause", "SUB", subStart..<lastWordEnd) }
    return length
  }

  /// Appends an entity of one or two names.
  private mutating func appendEntity() {
    let start = text.utf8.count
    let label = Self.entityLabels[draw(Self.entityLabels.count)]
    let pool = label == "PERSON" ? Self.names : Self.places
    text += pool[draw(pool.count)]
    if draw(Self.oneInThree) == 0 { text += " " + pool[draw(pool.count)] }
    addSpan("entity", label, start..<text.utf8.count)
  }

  /// Appends a date, a month and a year, with its value.
  private mutating func appendDate() {
    let start = text.utf8.count
    let month = draw(Self.months.count)
    let year = Int.random(in: Self.years, using: &random)
    text += "\(Self.months[month]) \(year)"
    addSpan("time", "DATE", start..<text.utf8.count, ["value": "\(year)-\(month < 9 ? "0" : "")\(month + 1)"])
  }

  /// A function word or, as often, a content word drawn with a heavy skew
  /// towards the start of the vocabulary.
  private mutating func contentWord(capitalized: Bool) -> String {
    var word: String
    if draw(2) == 0 {
      word = Self.functionWords[draw(Self.functionWords.count)]
    } else {
      let u = Double(draw(Self.skewSteps)) / Double(Self.skewSteps)
      word = vocabulary[Int(u * u * u * Double(vocabulary.count))]
    }
    if capitalized { word = word.prefix(1).uppercased() + word.dropFirst() }
    return word
  }

  /// Adds a span over `range`; a third of the entities are a tagger's
  /// suggestions, the rest and every other span accepted from `ana`.
  private mutating func addSpan(
    _ layer: String, _ label: String, _ range: Range<Int>, _ attributes: [String: String] = [:]
  ) {
    let suggested = layer == "entity" && draw(Self.oneInThree) == 0
    spans.append(
      Span(
        id: SpanID.make(spans.count + 1), layer: layer, label: label, start: range.lowerBound, end: range.upperBound,
        attributes: attributes, annotator: suggested ? "tagger:entities@1" : "ana",
        status: suggested ? .suggested : .accepted))
  }

  /// A random number in `0..<bound`.
  private mutating func draw(_ bound: Int) -> Int {
    Int.random(in: 0..<bound, using: &random)
  }

  /// How many digits a document number has in its id.
  private static let idDigits = 6

  /// `doc` and the number padded to six digits, so ids sort in order.
  private static func documentID(_ number: Int) -> String {
    let digits = String(number)
    return "doc" + String(repeating: "0", count: max(0, idDigits - digits.count)) + digits
  }
}
