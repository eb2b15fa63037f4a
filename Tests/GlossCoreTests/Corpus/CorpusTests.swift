import GlossCore
import GlossTestSupport
import Testing

@Suite struct CorpusTests {
  @Test func loadsTextsByteForByteWithMetadata() throws {
    let text = "“Quoted” — café\r\nsecond line  \n\n"
    let folder = try TemporaryCorpus(
      ["b": text, "a": "plain"],
      metadata: ["b": #"{"title": "B", "dct": "2024-11-10T12:48", "dct_inferred": false, "pages": 3}"#])
    defer { folder.remove() }
    let corpus = try folder.load()
    #expect(corpus.problems.isEmpty)
    #expect(corpus.documents.map(\.id) == ["a", "b"])
    let document = try #require(corpus.document("b"))
    #expect(document.text.string == text)
    #expect(document.text.utf8 == Array(text.utf8))
    #expect(document.metadata.title == "B")
    #expect(document.metadata.dct == "2024-11-10T12:48")
    #expect(document.metadata["pages"] == "3")
    #expect(!document.metadata.isDCTInferred)
    #expect(document.textSHA256.utf8.count == 64)
  }

  @Test func theTextDigestIsComputedWhenReadAndFollowsTheText() throws {
    let document = Document(id: "a", text: SourceText("abc"))
    // FIPS 180-2 example for "abc".
    let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    #expect(document.textSHA256 == abc)
    var copy = document
    #expect(copy.textSHA256 == abc)
    copy.text = SourceText("abd")
    #expect(copy.textSHA256 != abc)
    copy.textSHA256 = "recorded"
    #expect(copy.textSHA256 == "recorded")
    #expect(document.textSHA256 == abc)
    #expect(Document(id: "a", text: SourceText("abc")) == document)
  }

  @Test func aByteOrderMarkIsKeptAsTheFirstCharacter() throws {
    let folder = try TemporaryCorpus(["bom": "\u{FEFF}Hello"])
    defer { folder.remove() }
    let document = try #require(try folder.load().document("bom"))
    #expect(document.text.scalarCount == 6)
    #expect(document.text.text(in: 1..<6) == "Hello")
  }

  @Test func invalidUTF8IsReportedWithItsByteOffsetAndTheRestLoads() throws {
    let folder = try TemporaryCorpus(["good": "fine"])
    defer { folder.remove() }
    try folder.write(Array("abc".utf8) + [0xC3, 0x28] + Array("def".utf8), to: "Corpus/bad.txt")
    let corpus = try folder.load()
    #expect(corpus.documents.map(\.id) == ["good"])
    let problem = try #require(corpus.problems.first)
    #expect(problem.kind == .invalidText)
    #expect(problem.location.byteOffset == 3)
    #expect(problem.location.path.hasSuffix("Corpus/bad.txt"))
    #expect("\(problem)".contains("bad.txt: byte 3: invalid UTF-8"))
  }

  @Test func brokenMetadataIsReportedWithLineAndColumn() throws {
    let folder = try TemporaryCorpus(
      ["doc": "text", "dated": "text"],
      metadata: ["doc": "{\n  \"title\": \"x\",\n  \"dct\" 5\n}", "dated": #"{"dct": "10 November 2024"}"#])
    defer { folder.remove() }
    let corpus = try folder.load()
    #expect(corpus.documents.isEmpty)
    let messages = corpus.problems.map(\.description).sorted()
    #expect(messages.count == 2)
    #expect(messages[0].contains("dated.meta.json") && messages[0].contains("not ISO 8601"))
    #expect(messages[1].contains("doc.meta.json:3:"))
  }

  @Test func anUnknownTimeReferenceIsReported() throws {
    let folder = try TemporaryCorpus(
      ["story": "text", "news": "text"],
      metadata: ["story": #"{"time_reference": "narative"}"#, "news": #"{"time_reference": "narrative"}"#])
    defer { folder.remove() }
    let corpus = try folder.load()
    #expect(corpus.documents.map(\.id) == ["news"])
    #expect(
      corpus.problems.map(\.description).contains { $0.contains("story.meta.json") && $0.contains("\"narative\"") })
    #expect(DocumentMetadata.problem(in: ["time_reference": .string("news")]) == nil)
  }

  @Test func aMissingCorpusFolderIsAClearError() throws {
    do {
      _ = try Corpus.load(at: "/nonexistent/gloss-corpus")
      Issue.record("loading should fail")
    } catch let error as CorpusError {
      #expect(error.description.contains("no Corpus/ folder"))
      #expect(error.kind == .noCorpusFolder)
      #expect(error.location.path == "/nonexistent/gloss-corpus/Corpus")
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func metadataWithoutATextIsReported() throws {
    let folder = try TemporaryCorpus(["a": "x"], metadata: ["ghost": "{}"])
    defer { folder.remove() }
    let corpus = try folder.load()
    #expect(corpus.documents.map(\.id) == ["a"])
    #expect(corpus.problems.map(\.description).contains { $0.contains("no ghost.txt") })
  }

  @Test(arguments: [
    ("002_721a65e19f26592e", true), ("Zürich-2024.v2", true), ("東京+大阪", true), ("_draft", true),
    ("a;rm -rf ~", false), ("$(id)", false), ("{a,b}", false), ("it's", false), ("a b", false), ("a/b", false),
    ("doc@3", false), (".hidden", false), ("-rf", false), ("+x", false), ("nul\u{0}cut", false), ("", false),
  ])
  func documentIdsAreASafeCharacterSet(id: String, valid: Bool) {
    #expect(Document.isValidID(id) == valid)
  }

  @Test func aTextWhoseNameIsNoSafeIdIsReportedAndTheRestLoads() throws {
    let folder = try TemporaryCorpus(["good": "x\n", "bad;$(x)": "y\n"])
    defer { folder.remove() }
    let corpus = try folder.load()
    #expect(corpus.documents.map(\.id) == ["good"])
    #expect(
      corpus.problems.map(\.description).contains {
        $0.contains(#""bad;$(x)" cannot be a document id"#) && $0.contains("rename the file")
      })
  }

  @Test func theSchemeIsExtendedByScheme_json() throws {
    let folder = try TemporaryCorpus(["a": "Treaty text"])
    defer { folder.remove() }
    try folder.write(
      Array(
        #"{"layers": [{"name": "entity", "labels": [{"name": "WEAPON"}]}, {"name": "topic", "labels": [{"name": "DEFENSE"}]}]}"#
          .utf8),
      to: "scheme.json")
    let scheme = try folder.load().scheme
    #expect(scheme.layer(named: "entity")?.label(named: "WEAPON") != nil)
    #expect(scheme.layer(named: "entity")?.label(named: "PERSON") != nil)
    #expect(scheme.layerNames == ["entity", "time", "clause", "syntax", "topic"])
  }

  @Test func aBrokenSchemeStopsLoadingWithItsPath() throws {
    let folder = try TemporaryCorpus(["a": "x"])
    defer { folder.remove() }
    try folder.write(Array(#"{"layers": [{"labels": []}]}"#.utf8), to: "scheme.json")
    #expect(throws: CorpusError.self) { try folder.load() }
  }
}
