import GlossCore
import GlossTestSupport
import Testing

@testable import GlossQuery

/// The persisted index: reused when current, rebuilt per changed document, never trusted when broken.
@Suite struct QueryIndexCacheTests {
  func matches(_ engine: QueryEngine, _ query: String) throws -> [QueryMatch] {
    try engine.run(try engine.parse(query))
  }

  @Test func reusedWhenCurrentAndRebuiltPerChangedDocument() throws {
    let folder = try TemporaryCorpus([
      "a": "Putin met Kim in Pyongyang. Putin left.\n", "b": "Russia and North Korea signed the treaty in June 2024.\n",
    ])
    defer { folder.remove() }
    var corpus = try folder.load()
    var session = AnnotationSession(corpus: corpus, annotator: "ana")
    try session.add(to: "a", layer: "entity", label: "PERSON", range: 0..<5)
    try session.add(to: "b", layer: "time", label: "DATE", range: 44..<53, attributes: ["value": "2024-06"])
    try session.commit(message: "two spans")

    var (engine, report) = try QueryIndexCache.open(corpus: corpus)
    #expect(report == .init(reusedTokens: false, rebuiltDocuments: 2, wroteCache: true))
    let fresh = try matches(engine, #"entity or time.value ~ "^2024" or "treaty""#)
    #expect(fresh.count == 3)

    (engine, report) = try QueryIndexCache.open(corpus: corpus)
    #expect(report == .init(reusedTokens: true, rebuiltDocuments: 0, wroteCache: false))
    #expect(try matches(engine, #"entity or time.value ~ "^2024" or "treaty""#) == fresh)
    #expect(try matches(engine, #""Putin" before "left" in sentence"#).count == 1)

    // A commit to one document: only its table is rebuilt.
    try session.add(to: "b", layer: "entity", label: "GPE", range: 0..<6)
    try session.commit(message: "Russia")
    (engine, report) = try QueryIndexCache.open(corpus: corpus)
    #expect(report == .init(reusedTokens: true, rebuiltDocuments: 1, wroteCache: true))
    #expect(try matches(engine, "entity:GPE").map(\.range) == [0..<6])

    // A changed text invalidates the token index.
    try folder.write(Array("Hi\n".utf8), to: "Corpus/a.txt")
    corpus = try folder.load()
    (engine, report) = try QueryIndexCache.open(corpus: corpus)
    #expect(report.reusedTokens == false)
    #expect(try matches(engine, #""Pyongyang""#).isEmpty)

    // The old spans of the shortened text are left out of the index, not read past its end.
    #expect(try matches(engine, "entity").map(\.range) == [0..<6])
    #expect(try matches(engine, "sentence contains entity").count == 1)
    (engine, report) = try QueryIndexCache.open(corpus: corpus)
    #expect(report.reusedTokens)
    #expect(try matches(engine, "entity").count == 1)

    // A broken cache is rebuilt, not trusted.
    try folder.write(Array("gloss-query-index 2 but broken".utf8), to: "Annotations/.cache/query-index.bin")
    (engine, report) = try QueryIndexCache.open(corpus: corpus)
    #expect(report.reusedTokens == false && report.wroteCache)
    #expect(try matches(engine, "entity").count == 1)
  }

  @Test func settledTextStampsStandForTheTexts() throws {
    let folder = try TemporaryCorpus(["a": "Putin met Kim.\n", "b": "Russia signed the treaty.\n"])
    defer { folder.remove() }
    func settled(_ corpus: Corpus) -> Corpus {
      var corpus = corpus
      for index in corpus.documents.indices { corpus.documents[index].textFileStamp!.taken += 10_000_000_000 }
      return corpus
    }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "a", layer: "entity", label: "PERSON", range: 0..<5)
    try session.commit(message: "one span")
    // Texts written a moment ago: their stamps are not recorded, digests are compared.
    var (_, report) = try QueryIndexCache.open(corpus: try folder.load())
    #expect(report == .init(reusedTokens: false, rebuiltDocuments: 2, wroteCache: true))
    (_, report) = try QueryIndexCache.open(corpus: try folder.load())
    #expect(report == .init(reusedTokens: true, rebuiltDocuments: 0, wroteCache: false))
    // Once settled, the stamps are recorded, and then reused without hashing.
    let corpus = settled(try folder.load())
    (_, report) = try QueryIndexCache.open(corpus: corpus)
    #expect(report == .init(reusedTokens: true, rebuiltDocuments: 0, wroteCache: true))
    (_, report) = try QueryIndexCache.open(corpus: corpus)
    #expect(report == .init(reusedTokens: true, rebuiltDocuments: 0, wroteCache: false))
    var impostor = corpus
    impostor.documents[0].text = SourceText("Kim met Putin.\n")
    #expect(try QueryIndexCache.open(corpus: impostor).report.reusedTokens)  // an equal stamp is trusted
    // A rewritten text of the same length has another stamp: compared by digest, rebuilt.
    try folder.write(Array("Kim met Putin.\n".utf8), to: "Corpus/a.txt")
    let changed = settled(try folder.load())
    let (engine, changedReport) = try QueryIndexCache.open(corpus: changed)
    #expect(changedReport.reusedTokens == false)
    #expect(try matches(engine, #""Kim""#).map(\.range) == [0..<3])
  }

  @Test func notWrittenWhereGitWouldSeeIt() throws {
    let folder = try TemporaryCorpus(["a": "Putin met Kim.\n"])
    defer { folder.remove() }
    let (_, report) = try QueryIndexCache.open(corpus: try folder.load())
    #expect(report.wroteCache == false)
    #expect(!FileSystem.fileExists(atPath: folder.root + "/Annotations/.cache/query-index.bin"))
  }

  @Test func cachedIndexEqualsABuiltOneOnRandomCorpora() throws {
    for seed in 0..<20 {
      var generator = RandomQueries(seed: UInt64(seed))
      let (documents, spans) = generator.corpus()
      let fixture = QueryFixture(documents, spans: spans)
      let stamps = fixture.corpus.documents.map { _ in [1, 2] }
      let (decoded, decodedStamps) = try QueryIndexCache.decode(
        QueryIndexCache.encode(fixture.engine.index, stamps: stamps))
      #expect(decodedStamps == stamps)
      let cached = QueryEngine(corpus: fixture.corpus, index: decoded)
      for _ in 0..<5 {
        let query = generator.expression()
        #expect(
          try cached.run(query) == fixture.engine.run(query), "seed \(seed): \(QueryDescription.expression(query))")
      }
    }
  }
}
