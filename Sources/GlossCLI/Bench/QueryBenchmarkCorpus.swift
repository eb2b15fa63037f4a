import GlossCore

/// Writes a synthetic corpus for the query benchmark: English-like sentences
/// over a skewed vocabulary, an entity about every 8 words, a date about
/// every 40, a MAIN clause over every sentence and a SUB clause in a third of
/// them, committed to the store like any annotation.
struct QueryBenchmarkCorpus {
  /// The generator's seed, fixed so every run writes the same corpus.
  static let seed: UInt64 = 42

  static let functionWords = [
    "the", "of", "and", "to", "in", "a", "that", "is", "was", "for", "on", "with", "as", "by", "at", "from", "it", "this",
    "which", "be", "has", "have", "not", "an", "are", "its", "their", "treaty", "agreement", "signed", "said",
  ]
  static let names = ["Putin", "Kim", "Peskov", "Lavrov", "Shoigu", "Moon", "Biden", "Xi", "Modi", "Erdogan", "Macron", "Scholz"]
  static let places = ["Russia", "Korea", "Pyongyang", "Moscow", "Seoul", "Beijing", "Ukraine", "Japan", "China", "Kyiv"]
  static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
  static let entityLabels = ["PERSON", "GPE", "ORG", "LAW", "NORP", "LOC"]

  /// Writes about `words` words in documents of about 1,000 words under `root`.
  static func write(words: Int, to root: String, progress: (String) -> Void) throws {
    var random = SeededGenerator(seed: seed)
    try FileSystem.createDirectory(atPath: Path.join(root, "Corpus"), intermediate: true)
    var vocabulary: [String] = []
    let syllables = ["ka", "ri", "to", "men", "sal", "de", "vor", "li", "po", "stra", "nu", "el", "gan", "ti", "qua", "bro", "zen", "mi", "an", "ous"]
    while vocabulary.count < 40_000 {
      let length = Int.random(in: 2...4, using: &random)
      vocabulary.append((0..<length).map { _ in syllables[Int.random(in: 0..<syllables.count, using: &random)] }.joined())
    }
    let documents = max(1, words / 1000)
    var batch: [AnnotationStore.DocumentChange] = []
    let store = AnnotationStore(path: Path.join(root, "Annotations"))
    for number in 0..<documents {
      let id = String(format6(number))
      var text = ""
      var spans: [Span] = []
      var spanNumber = 1
      func add(_ layer: String, _ label: String, _ range: Range<Int>, _ attributes: [String: String] = [:]) {
        let suggested = layer == "entity" && Int.random(in: 0..<3, using: &random) == 0
        spans.append(
          Span(
            id: SpanID.make(spanNumber), layer: layer, label: label, start: range.lowerBound, end: range.upperBound,
            attributes: attributes, annotator: suggested ? "tagger:entities@1" : "ana", status: suggested ? .suggested : .accepted))
        spanNumber += 1
      }
      var count = 0
      while count < 1000 {
        if !text.isEmpty { text += " " }
        let sentenceStart = text.utf8.count
        let length = Int.random(in: 8...30, using: &random)
        var lastWordEnd = sentenceStart
        var subStart: Int?
        for position in 0..<length {
          if position > 0 { text += " " }
          let start = text.utf8.count
          let roll = Int.random(in: 0..<40, using: &random)
          if roll < 5 {
            // An entity of one or two names (one in eight words).
            let label = entityLabels[Int.random(in: 0..<entityLabels.count, using: &random)]
            let pool = label == "PERSON" ? names : places
            text += pool[Int.random(in: 0..<pool.count, using: &random)]
            if Int.random(in: 0..<3, using: &random) == 0 { text += " " + pool[Int.random(in: 0..<pool.count, using: &random)] }
            add("entity", label, start..<text.utf8.count)
          } else if roll == 5 {
            // A date (one in forty words).
            let month = Int.random(in: 0..<12, using: &random)
            let year = Int.random(in: 2020...2025, using: &random)
            text += "\(months[month]) \(year)"
            add("time", "DATE", start..<text.utf8.count, ["value": "\(year)-\(month < 9 ? "0" : "")\(month + 1)"])
          } else {
            var word: String
            if Int.random(in: 0..<2, using: &random) == 0 {
              word = functionWords[Int.random(in: 0..<functionWords.count, using: &random)]
            } else {
              let u = Double(Int.random(in: 0..<1_000_000, using: &random)) / 1_000_000
              word = vocabulary[Int(u * u * u * Double(vocabulary.count))]
            }
            if position == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            if position == length / 2, subStart == nil, Int.random(in: 0..<3, using: &random) == 0 {
              word = "because"
              subStart = start
            }
            text += word
          }
          lastWordEnd = text.utf8.count
          count += 1
        }
        text += "."
        add("clause", "MAIN", sentenceStart..<lastWordEnd)
        if let subStart { add("clause", "SUB", subStart..<lastWordEnd) }
      }
      text += "\n"
      let source = SourceText(text)
      try AtomicFile.write(source.utf8, toPath: Path.join(root, "Corpus/\(id).txt"))
      let month = Int.random(in: 1...12, using: &random)
      try AtomicFile.write(
        Array(#"{"title": "Synthetic document \#(number)", "dct": "2024-\#(month < 10 ? "0" : "")\#(month)-01"}"#.utf8),
        toPath: Path.join(root, "Corpus/\(id).meta.json"))
      let document = Document(id: id, text: source)
      batch.append(
        AnnotationStore.DocumentChange(
          base: DocumentAnnotations(documentID: id), new: DocumentAnnotations(documentID: id, spans: spans), text: source,
          textSHA256: document.textSHA256))
      if batch.count == 500 || number == documents - 1 {
        try store.commit(batch, author: "bench", message: "synthetic spans")
        batch = []
        progress("wrote \(number + 1) of \(documents) documents")
      }
    }
  }

  private static func format6(_ number: Int) -> String {
    let digits = String(number)
    return "doc" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
  }
}
