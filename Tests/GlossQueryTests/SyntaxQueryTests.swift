import GlossCore
import GlossTestSupport
import Testing

@testable import GlossQuery

/// Queries over token syntax — `pos`, `lemma`, `deprel` and the dependency
/// relations `>` and `<` — on hand-made syntax written to the corpus's
/// syntax cache, as `gloss tag` writes it.
@Suite struct SyntaxQueryTests {
  static func token(_ tag: String, _ lemma: String, _ head: Int?, _ relation: String) -> TokenSyntax {
    TokenSyntax(tag: tag, lemma: lemma, head: head, relation: relation)
  }

  static let texts = [
    // Russia 0..<6 signed 7..<13 the 14..<17 treaty 18..<24 . It 26..<28 was 29..<32 signed 33..<39 by 40..<42 Kim 43..<46 .
    "a": "Russia signed the treaty. It was signed by Kim.",
    // Kim 0..<3 wrote 4..<9 a 10..<11 well-known 12..<22 (well - known) song 23..<27 .
    "b": "Kim wrote a well-known song.",
    // No syntax computed.
    "c": "Peace-loving Kim smiled.",
  ]

  static let syntaxA = DocumentSyntax([
    token("PROPN", "Russia", 1, "nsubj"),
    token("VERB", "sign", nil, "root"),
    token("DET", "the", 3, "det"),
    token("NOUN", "treaty", 1, "obj"),
    token("PUNCT", ".", 1, "punct"),
    token("PRON", "it", 7, "nsubj:pass"),
    token("AUX", "be", 7, "aux:pass"),
    token("VERB", "sign", nil, "root"),
    token("ADP", "by", 9, "case"),
    token("PROPN", "Kim", 7, "obl:agent"),
    token("PUNCT", ".", 7, "punct"),
  ])

  static let syntaxB = DocumentSyntax([
    token("PROPN", "Kim", 1, "nsubj"),
    token("VERB", "write", nil, "root"),
    token("DET", "a", 6, "det"),
    token("ADV", "well", 5, "advmod"),
    token("PUNCT", "-", 5, "punct"),
    token("ADJ", "known", 6, "amod"),
    token("NOUN", "song", 1, "obj"),
    token("PUNCT", ".", 1, "punct"),
  ])

  /// The corpus with its entity spans committed, and the syntax of a and b cached.
  struct Fixture {
    let folder: TemporaryCorpus
    var session: AnnotationSession

    init(corrections: [(document: String, range: Range<Int>, tag: String, attributes: [String: String])] = []) throws {
      folder = try TemporaryCorpus(SyntaxQueryTests.texts)
      let corpus = try folder.load()
      session = AnnotationSession(corpus: corpus, annotator: "ana")
      try session.add(to: "a", layer: "entity", label: "GPE", range: 0..<6)
      try session.add(to: "a", layer: "entity", label: "PERSON", range: 43..<46)
      try session.add(to: "b", layer: "entity", label: "PERSON", range: 0..<3)
      try session.add(to: "c", layer: "entity", label: "PERSON", range: 13..<16)
      for correction in corrections {
        try session.add(
          to: correction.document, layer: SyntaxLayer.name, label: correction.tag, range: correction.range,
          attributes: correction.attributes)
      }
      try session.commit(message: "entities")
      let cache = SyntaxCache(corpus: corpus)
      #expect(
        try cache.write(
          SyntaxCache.Entry(
            syntax: SyntaxQueryTests.syntaxA, modelDigest: "m", continuesToken: Array(repeating: false, count: 11)),
          for: corpus.document("a")!))
      #expect(
        try cache.write(
          SyntaxCache.Entry(
            syntax: SyntaxQueryTests.syntaxB, modelDigest: "m",
            continuesToken: [false, false, false, false, true, true, false, false]),
          for: corpus.document("b")!))
    }

    func engine() throws -> QueryEngine {
      let corpus = try folder.load()
      return try QueryEngine(corpus: corpus, store: AnnotationStore(corpus: corpus))
    }
  }

  /// The matches of `query` as `doc start..<end` strings.
  static func run(_ engine: QueryEngine, _ query: String) throws -> [String] {
    try engine.run(try engine.parse(query)).map { "\(engine.document(of: $0).id) \($0.start)..<\($0.end)" }
  }

  @Test func theCacheIsLoadedOntoTheIndexTokens() throws {
    let fixture = try Fixture()
    defer { fixture.folder.remove() }
    let engine = try fixture.engine()
    let syntax = engine.index.syntax
    #expect(syntax.documentCount == 2)
    #expect(syntax.hasSyntax(document: 0) && syntax.hasSyntax(document: 1) && !syntax.hasSyntax(document: 2))
    // Document b's fourth index token is well-known, projected from well - known.
    let b = Int(engine.index.documents[1].firstToken)
    #expect(engine.index.tokenRanges(ofDocument: 1)[3] == 12..<22)
    #expect(syntax.lemma(of: b + 3) == "well-known")
    #expect(syntax.tag(of: b + 3) == "ADJ" && syntax.relation(of: b + 3) == "amod")
    #expect(syntax.head(of: b + 3) == b + 4)
    #expect(syntax.head(of: b + 1) == nil && syntax.relation(of: b + 1) == "root")
    // Document c has none.
    let c = Int(engine.index.documents[2].firstToken)
    #expect(syntax.tag(of: c) == nil && syntax.lemma(of: c) == nil && syntax.head(of: c) == nil)
  }

  @Test func tokenAttributes() throws {
    let fixture = try Fixture()
    defer { fixture.folder.remove() }
    let engine = try fixture.engine()
    #expect(try Self.run(engine, #"[pos="VERB" & lemma="sign"]"#) == ["a 7..<13", "a 33..<39"])
    #expect(try Self.run(engine, #"[lemma="sign"]"#) == ["a 7..<13", "a 33..<39"])
    #expect(try Self.run(engine, #"[pos="VERB"]"#) == ["a 7..<13", "a 33..<39", "b 4..<9"])
    #expect(try Self.run(engine, #"[lemma="well-known"]"#) == ["b 12..<22"])
    #expect(try Self.run(engine, #"[lemma="well" | lemma="known"]"#).isEmpty)
    #expect(try Self.run(engine, #"[deprel~"^nsubj"]"#) == ["a 0..<6", "a 26..<28", "b 0..<3"])
    #expect(try Self.run(engine, #"[lemma="be" & word="was"]"#) == ["a 29..<32"])
    #expect(try Self.run(engine, #"[word="signed" & !lemma="sign"]"#).isEmpty)
    // A sequence of syntax and word tests.
    #expect(try Self.run(engine, #"[pos="DET"] [lemma="treaty" | lemma="song"]"#) == ["a 14..<24"])
    #expect(try Self.run(engine, #"[pos="DET"] [] [lemma="song"]"#) == ["b 10..<27"])
    // Tokens without syntax are "not known": != holds, = does not.
    #expect(try Self.run(engine, #"[pos="PROPN"]"#) == ["a 0..<6", "a 43..<46", "b 0..<3"])
    #expect(try Self.run(engine, #"[pos!="PROPN" & word="Kim"]"#) == ["c 13..<16"])
  }

  @Test func dominatesWithAndWithoutARelation() throws {
    let fixture = try Fixture()
    defer { fixture.folder.remove() }
    let engine = try fixture.engine()
    #expect(try Self.run(engine, #"[lemma="sign"] >nsubj [pos="PROPN"]"#) == ["a 7..<13"])
    // nsubj takes its subtypes (nsubj:pass); a subtype only itself.
    #expect(try Self.run(engine, #"[lemma="sign"] >nsubj []"#) == ["a 7..<13", "a 33..<39"])
    #expect(try Self.run(engine, #"[lemma="sign"] >nsubj:pass []"#) == ["a 33..<39"])
    #expect(try Self.run(engine, #"[lemma="sign"] >obl [pos="PROPN"]"#) == ["a 33..<39"])
    #expect(try Self.run(engine, #"[lemma="sign"] >obl:agent "Kim""#) == ["a 33..<39"])
    #expect(try Self.run(engine, #"[lemma="sign"] >obl:tmod []"#).isEmpty)
    // nsubj is not a prefix of nsubjx, nor obj of obl.
    #expect(try Self.run(engine, #"[lemma="write"] >obl []"#).isEmpty)
    // Any relation.
    #expect(try Self.run(engine, #"[lemma="sign"] > "Kim""#) == ["a 33..<39"])
    #expect(try Self.run(engine, #"[pos="NOUN"] > [pos="DET"]"#) == ["a 18..<24", "b 23..<27"])
    #expect(try Self.run(engine, #"[lemma="song"] >amod [pos="ADJ"]"#) == ["b 23..<27"])
    #expect(try Self.run(engine, #"[pos="ADJ"] <amod [lemma="song"]"#) == ["b 12..<22"])
    // The head is the left side: the subject does not dominate the verb.
    #expect(try Self.run(engine, #"[pos="PROPN"] > [pos="VERB"]"#).isEmpty)
    // Relations do not cross documents: Kim in b is nobody's dependent in a.
    #expect(try Self.run(engine, #"[lemma="write"] >nsubj entity:PERSON"#) == ["b 4..<9"])
  }

  @Test func negatedRelations() throws {
    let fixture = try Fixture()
    defer { fixture.folder.remove() }
    let engine = try fixture.engine()
    #expect(try Self.run(engine, #"[pos="VERB"] not >nsubj [pos="PROPN"]"#) == ["a 33..<39"])
    #expect(try Self.run(engine, #"[pos="VERB"] not >nsubj []"#).isEmpty)
    #expect(try Self.run(engine, #"entity not <nsubj []"#) == ["a 43..<46", "c 13..<16"])
    // With nothing on the right, a negated relation keeps every left match.
    #expect(try Self.run(engine, #"[pos="VERB"] not >nsubj "nobody""#) == ["a 7..<13", "a 33..<39", "b 4..<9"])
    #expect(try Self.run(engine, #"[pos="VERB"] >nsubj "nobody""#).isEmpty)
  }

  @Test func spansOnEitherSide() throws {
    let fixture = try Fixture()
    defer { fixture.folder.remove() }
    let engine = try fixture.engine()
    #expect(try Self.run(engine, #"[lemma="sign"] >nsubj entity:GPE"#) == ["a 7..<13"])
    #expect(try Self.run(engine, #"[lemma="sign"] >nsubj entity:PERSON"#).isEmpty)
    #expect(try Self.run(engine, #"[lemma="sign"] >obl entity:PERSON"#) == ["a 33..<39"])
    #expect(try Self.run(engine, "entity:PERSON <nsubj [pos=\"VERB\"]") == ["b 0..<3"])
    #expect(try Self.run(engine, #"entity < [lemma="sign"]"#) == ["a 0..<6", "a 43..<46"])
    #expect(try Self.run(engine, #"entity <obl:agent []"#) == ["a 43..<46"])
    // A document without syntax: no token has a head.
    #expect(try Self.run(engine, #"entity:PERSON < []"#) == ["a 43..<46", "b 0..<3"])
    // A sequence on the left: a token of it is enough.
    #expect(try Self.run(engine, #""the" "treaty" <obj [lemma="sign"]"#) == ["a 14..<24"])
    #expect(try Self.run(engine, #"[lemma="sign"] >obj ("the" "treaty")"#) == ["a 7..<13"])
    // The sentence holding a subject of sign.
    #expect(try Self.run(engine, #"sentence contains ([lemma="sign"] >nsubj entity)"#) == ["a 0..<25"])
  }

  @Test func theDescriptionAndPlanNameTheRelation() throws {
    let fixture = try Fixture()
    defer { fixture.folder.remove() }
    let engine = try fixture.engine()
    let expression = try engine.parse(#"[lemma="sign"] >nsubj:pass entity"#)
    guard case .relation(_, let relation, _) = expression else {
      Issue.record("not a relation: \(expression)")
      return
    }
    #expect(relation.kind == .dominates && relation.dependency == "nsubj:pass" && !relation.isNegated)
    guard case .relation(_, let any, _) = try engine.parse(#"[lemma="sign"] < entity"#) else {
      Issue.record("not a relation")
      return
    }
    #expect(any.kind == .dependsOn && any.dependency == nil)
    // A label written apart from the operator is the right side, not the relation.
    guard case .relation(_, let apart, _) = try engine.parse(#"[lemma="sign"] > entity:GPE"#) else {
      Issue.record("not a relation")
      return
    }
    #expect(apart.dependency == nil)
  }

  @Test func countsByLemmaPartOfSpeechAndRelation() throws {
    let fixture = try Fixture()
    defer { fixture.folder.remove() }
    let engine = try fixture.engine()
    func rows(_ query: String, _ grouping: FrequencyTable.Grouping) throws -> [String] {
      FrequencyTable(matches: try engine.run(try engine.parse(query)), grouping: grouping, engine: engine).rows.map {
        "\($0.value) \($0.count)"
      }
    }
    #expect(try rows(#"[pos="VERB"]"#, .lemma) == ["sign 2", "write 1"])
    #expect(try rows("entity", .partOfSpeech) == ["PROPN 3", "- 1"])
    #expect(try rows("entity", .relation) == ["nsubj 2", "- 1", "obl:agent 1"])
    #expect(try rows(#"[pos="DET"] []"#, .lemma) == ["a well-known 1", "the treaty 1"])
  }

  @Test func correctionsOverrideThePredictionInQueries() throws {
    // Russia corrected to be signed's object; well corrected to little (one part of a split word);
    // smiled in c (no prediction) corrected to a VERB with lemma smile.
    let fixture = try Fixture(corrections: [
      ("a", 0..<6, "PROPN", ["head": "7", "deprel": "obj"]),
      ("b", 12..<16, "ADV", ["lemma": "little"]),
      ("c", 17..<23, "VERB", ["lemma": "smile", "head": "root"]),
    ])
    defer { fixture.folder.remove() }
    var engine = try fixture.engine()
    #expect(try Self.run(engine, #"[lemma="sign"] >nsubj [pos="PROPN"]"#).isEmpty)
    #expect(try Self.run(engine, #"[lemma="sign"] >obj entity:GPE"#) == ["a 7..<13"])
    #expect(try Self.run(engine, #"[lemma="little-known"]"#) == ["b 12..<22"])
    #expect(try Self.run(engine, #"[lemma="well-known"]"#).isEmpty)
    #expect(try Self.run(engine, #"[lemma="smile" & pos="VERB" & deprel="root"]"#) == ["c 17..<23"])
    #expect(engine.index.syntax.documentCount == 3)

    // Rejecting a correction brings the prediction back once the engine sees it.
    var session = fixture.session
    let russia = try session.annotations(for: "a").spans.first { $0.layer == SyntaxLayer.name }!
    try session.setStatus(in: "a", spanIDs: [russia.id], to: .rejected)
    engine.refresh(from: &session)
    #expect(try Self.run(engine, #"[lemma="sign"] >nsubj [pos="PROPN"]"#) == ["a 7..<13"])
    // Removing c's only correction leaves c without syntax.
    let smiled = try session.annotations(for: "c").spans.first { $0.layer == SyntaxLayer.name }!
    try session.remove(from: "c", spanIDs: [smiled.id])
    engine.refresh(from: &session)
    #expect(try Self.run(engine, #"[lemma="smile"]"#).isEmpty)
    #expect(!engine.index.syntax.hasSyntax(document: 2))
    #expect(engine.index.syntax.documentCount == 2)
  }

  @Test func aCacheForAnotherTextIsIgnored() throws {
    let fixture = try Fixture()
    defer { fixture.folder.remove() }
    try fixture.folder.write(Array("Russia signed the pact. It was signed by Kim.".utf8), to: "Corpus/a.txt")
    let engine = try fixture.engine()
    #expect(!engine.index.syntax.hasSyntax(document: 0))
    #expect(try Self.run(engine, #"[lemma="sign"]"#).isEmpty)
    #expect(try Self.run(engine, #"[lemma="write"]"#) == ["b 4..<9"])
  }

  @Test func refreshSyntaxReadsANewCacheFile() throws {
    let folder = try TemporaryCorpus(["b": SyntaxQueryTests.texts["b"]!])
    defer { folder.remove() }
    try folder.write(Array(".cache/\n".utf8), to: "Annotations/.gitignore")
    let corpus = try folder.load()
    var engine = try QueryEngine(corpus: corpus, store: AnnotationStore(corpus: corpus))
    #expect(engine.index.syntax.isEmpty)
    let error = #expect(throws: QueryError.self) { try engine.parse(#"[lemma="write"]"#) }
    #expect(error?.message.contains("run 'tag'") == true)
    try SyntaxCache(corpus: corpus).write(
      SyntaxCache.Entry(
        syntax: Self.syntaxB, modelDigest: "m", continuesToken: [false, false, false, false, true, true, false, false]),
      for: corpus.document("b")!)
    engine.refreshSyntax(documentID: "b")
    #expect(try Self.run(engine, #"[lemma="write"] >nsubj "Kim""#) == ["b 4..<9"])
  }

  @Test func syntaxAttributesOnACorpusWithoutSyntaxAreAnError() throws {
    let fixture = QueryFixture.treaty()
    for query in [#"[pos="VERB"]"#, #"[lemma="sign"]"#, #""the" [deprel="obj"]"#, #"[word="x" | lemma="y"]"#] {
      let error = #expect(throws: QueryError.self, "\(query)") { try fixture.engine.parse(query) }
      #expect(
        error?.message
          == "no document has syntax yet (part of speech, lemmas, parses): run 'tag' (or gloss tag) to compute it")
    }
    // The error points at the attribute.
    let pointed = #expect(throws: QueryError.self) { try fixture.engine.parse(#""the" [lemma="treaty"]"#) }
    #expect(pointed?.range == 7..<12)
    // Dependency relations parse, and hold nowhere.
    #expect(try fixture.run(#""signed" > []"#).isEmpty)
    #expect(try fixture.run(#""signed" not >nsubj []"#).count == 2)
  }

  @Test func setSyntaxOnAnIndex() throws {
    let corpus = Corpus(
      root: "/nonexistent", documents: [Document(id: "b", text: SourceText(SyntaxQueryTests.texts["b"]!))])
    var index = CorpusIndex(corpus: corpus) { DocumentAnnotations(documentID: $0, revision: 0, spans: []) }
    let projected = Self.syntaxB.projected(
      onto: DocumentSyntax.groups(continuing: [false, false, false, false, true, true, false, false]))
    index.setSyntax(0, projected)
    #expect(index.syntax.documentCount == 1)
    #expect((0..<6).map { index.syntax.lemma(of: $0) } == ["Kim", "write", "a", "well-known", "song", "."])
    #expect((0..<6).map { index.syntax.head(of: $0) } == [1, nil, 4, 4, 1, 1])
    // A syntax of another length is none.
    index.setSyntax(0, Self.syntaxB)
    #expect(index.syntax.documentCount == 0 && index.syntax.lemma(of: 1) == nil)
    index.setSyntax(0, projected)
    index.setSyntax(0, nil)
    #expect(index.syntax.isEmpty && index.syntax.tag(of: 0) == nil)
  }
}
