import GlossCore
import GlossQuery

/// A small corpus held in memory, with spans given per document: the corpus
/// the evaluation tests list every expected match of.
struct QueryFixture {
  let corpus: Corpus
  let annotations: [String: DocumentAnnotations]
  var engine: QueryEngine

  init(_ documents: [(id: String, text: String, metadata: [String: String])], spans: [String: [Span]]) {
    let docs = documents.map { document in
      Document(
        id: document.id, text: SourceText(document.text),
        metadata: DocumentMetadata(fields: document.metadata.mapValues { .string($0) }))
    }
    corpus = Corpus(root: "/nonexistent", documents: docs)
    var annotations: [String: DocumentAnnotations] = [:]
    for document in documents {
      annotations[document.id] = DocumentAnnotations(
        documentID: document.id, revision: 1, spans: spans[document.id] ?? [])
    }
    self.annotations = annotations
    let index = CorpusIndex(corpus: corpus) { annotations[$0]! }
    engine = QueryEngine(corpus: corpus, index: index)
  }

  /// The matches of `query` as `doc start..end` strings (with `layer:LABEL` for spans).
  func run(_ query: String, matching: SequenceMatching = .standard) throws -> [String] {
    let matches = try engine.run(try engine.parse(query), matching: matching)
    return matches.map { match in
      let document = corpus.documents[Int(match.document)].id
      let label = engine.span(of: match).map { " \($0.layer):\($0.label)" } ?? ""
      return "\(document) \(match.start)..\(match.end)\(label)"
    }
  }

  /// A span for fixtures.
  static func span(
    _ number: Int, _ qualified: String, _ range: Range<Int>, status: SpanStatus = .accepted, annotator: String = "ana",
    _ attributes: [String: String] = [:]
  ) -> Span {
    let parts = qualified.split(separator: ":").map(String.init)
    return Span(
      id: SpanID.make(number), layer: parts[0], label: parts[1], start: range.lowerBound, end: range.upperBound,
      attributes: attributes, annotator: annotator, status: status)
  }

  /// Two documents about the treaty, hand-annotated.
  static func treaty() -> QueryFixture {
    QueryFixture(
      [
        (
          "a", "Putin met Kim in Pyongyang in June 2024. The treaty was signed by Putin.",
          ["dct": "2024-06-20", "title": "Summit"]
        ),
        (
          "b", "The Treaty on Partnership was ratified. Russia and North Korea signed the treaty in 2024.",
          ["dct": "2024-11-10", "title": "Ratified"]
        ),
      ],
      spans: [
        "a": [
          span(1, "entity:PERSON", 0..<5),
          span(2, "entity:PERSON", 10..<13, status: .suggested, annotator: "tagger:people@1"),
          span(3, "entity:GPE", 17..<26),
          span(4, "time:DATE", 30..<39, ["value": "2024-06"]),
          span(5, "clause:MAIN", 0..<39),
          span(6, "entity:PERSON", 66..<71, status: .suggested, annotator: "tagger:people@1"),
          span(7, "clause:MAIN", 41..<71),
        ],
        "b": [
          span(1, "entity:LAW", 4..<25),
          span(2, "entity:GPE", 40..<46),
          span(3, "entity:GPE", 51..<62),
          span(4, "time:DATE", 84..<88, ["value": "2024"]),
          span(5, "clause:MAIN", 40..<88),
          span(6, "clause:MAIN", 0..<38),
        ],
      ])
  }
}
