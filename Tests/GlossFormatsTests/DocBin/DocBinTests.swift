import GlossCore
import Testing

@testable import GlossFormats

/// spaCy DocBin files: what ``DocBinExporter`` writes decodes (zlib,
/// MessagePack, the token array, span groups, user data) to the same
/// texts, entities, layers and attributes, with a note for what `doc.ents`
/// cannot hold; and the importer reads it back.
@Suite struct DocBinTests {
  static let text = "theState Duma met Kim Jong Un on May 6–7.\n\nIt's  done.\r\n"

  static func span(_ id: Int, _ layer: String, _ label: String, _ quote: String, attributes: [String: String] = [:])
    -> Span
  {
    let range = SourceText(text).ranges(of: quote)[0]
    return Span(
      id: "s\(id)", layer: layer, label: label, start: range.lowerBound, end: range.upperBound,
      attributes: attributes, annotator: "t", status: .accepted)
  }

  /// `Kim Jong Un` and `Jong Un` overlap: doc.ents keeps the outer one.
  static let spans = [
    span(1, "entity", "ORG", "State Duma"), span(2, "entity", "PERSON", "Kim Jong Un"),
    span(3, "entity", "PERSON", "Jong Un"), span(4, "time", "DATE", "May 6", attributes: ["value": "2024-05-06"]),
    span(5, "clause", "MAIN", "theState Duma met Kim Jong Un on May 6–7."),
  ].sorted(by: Span.storageOrder)

  static let document = Document(id: "d1", text: SourceText(text))

  static func written() -> (bytes: [UInt8], notes: [String]) {
    var exporter = DocBinExporter()
    #expect(exporter.begin().isEmpty)
    let output = exporter.export(ExportDocument(document: document, spans: spans))
    #expect(output.chunks.isEmpty && output.diagnostics.isEmpty)
    let second = exporter.export(
      ExportDocument(document: Document(id: "d2", text: SourceText("Ana.")), spans: []))
    let chunks = exporter.finish()
    #expect(chunks.count == 1)
    return (chunks.flatMap(\.bytes), output.notes + second.notes)
  }

  @Test func theFileDecodesToTheDocuments() throws {
    let (bytes, _) = Self.written()
    let message = try MessagePackReader.decode(try Zlib.decompress(bytes))
    #expect(message["version"] == .string("0.1"))
    #expect(message["attrs"] == .array([.int(65), .int(77), .int(78)]))
    #expect(message["cats"]?.arrayValue?.count == 2)
    let documents = try DocBinReader.documents(message, at: FileLocation(path: "t.spacy"))
    #expect(documents.map(\.text) == [Self.text, "Ana."])
    #expect(documents.map(\.documentID) == ["d1", "d2"])
    let first = documents[0]
    #expect(Array(first.words.prefix(3)) == ["the", "State", "Duma"])
    #expect(first.words.contains("\n\n") && first.words.contains(" ") && first.words.contains("\r\n"))
    func key(_ layer: String, _ label: String, _ start: Int, _ end: Int, _ attributes: [String: String]) -> String {
      "\(layer) \(label) \(start) \(end) \(attributes.sorted { $0.key < $1.key })"
    }
    let got = first.spans.map { key($0.layer, $0.label, $0.start, $0.end, $0.attributes) }.sorted()
    let want = Self.spans.map { key($0.layer, $0.label, $0.start, $0.end, $0.attributes) }.sorted()
    #expect(got == want)
    #expect(documents[1].spans.isEmpty && documents[1].words == ["Ana", "."])
  }

  @Test func docEntsHoldTheOuterEntityAndANoteSaysSo() throws {
    let (bytes, notes) = Self.written()
    #expect(notes.count == 1)
    #expect(notes.first?.contains("d1: 1 overlapping entity is in doc.spans[\"entity\"] only") == true, "\(notes)")
    // Without the entity group, the reader falls back to the ENT_IOB and ENT_TYPE columns.
    var message = try MessagePackReader.decode(try Zlib.decompress(bytes))
    guard case .map(var entries) = message else { return }
    let groups = try #require(entries.firstIndex { $0.key == .string("span_groups") })
    entries[groups].value = .array([.binary([0x90]), .binary([0x90])])
    message = .map(entries)
    let documents = try DocBinReader.documents(message, at: FileLocation(path: "t.spacy"))
    #expect(documents[0].spans.map(\.label) == ["ORG", "PERSON"])
    #expect(documents[0].spans.map { $0.end - $0.start } == [10, 11])
    #expect(documents[0].spans.allSatisfy { $0.layer == "entity" })
  }

  @Test func exportImportExportGivesTheSameBytes() throws {
    let root = FormatRoundTripTests.folder()
    let path = root + "/train.spacy"
    let (bytes, _) = Self.written()
    try AtomicFile.write(bytes, toPath: path)
    let corpus = Corpus(root: root, documents: [Self.document, Document(id: "d2", text: SourceText("Ana."))])
    let imported = try ImportFormat.docbin.makeImporter().read(path: path, corpus: corpus)
    try SpanImport.validate(imported, corpus: corpus)
    var exporter = DocBinExporter()
    for document in imported {
      let spans = document.spans.enumerated().map { index, span in
        Span(
          id: "s\(index)", layer: span.layer, label: span.label, start: span.range.lowerBound,
          end: span.range.upperBound, attributes: span.attributes, annotator: "t", status: .accepted)
      }
      let source = corpus.documents.first { $0.id == document.documentID }!
      _ = exporter.export(ExportDocument(document: source, spans: spans.sorted(by: Span.storageOrder)))
    }
    #expect(exporter.finish().flatMap(\.bytes) == bytes)
  }

  @Test func aFileThatIsNotADocBinIsAnErrorNamingIt() throws {
    let root = FormatRoundTripTests.folder()
    let corpus = Corpus(root: root, documents: [Self.document])
    for (name, content) in [
      ("empty.spacy", [UInt8]()), ("text.spacy", Array("{\"text\": \"Ana.\"}\n".utf8)),
      ("list.spacy", Zlib.compress([0x90])),
    ] {
      try AtomicFile.write(content, toPath: root + "/" + name)
      do {
        _ = try DocBinImporter().read(path: root + "/" + name, corpus: corpus)
        Issue.record("\(name) was read")
      } catch {
        #expect(error.location.path.hasSuffix(name))
        #expect(error.message.contains(name == "empty.spacy" ? "the file is empty" : "not a spaCy DocBin"), "\(error)")
      }
    }
  }

  @Test func aDamagedSpanIsAnErrorNotACrash() throws {
    let (bytes, _) = Self.written()
    guard case .map(var entries) = try MessagePackReader.decode(try Zlib.decompress(bytes)) else { return }
    var record: [UInt8] = []
    for value in [0, 0, SpaCyStrings.id("ORG")] { MessagePackWriter.appendBigEndian(value, to: &record) }
    for value: Int32 in [0, 1, 9, 3] { MessagePackWriter.appendBigEndian(value, to: &record) }
    let group = MessagePackWriter.encode(
      .map([
        MessagePackEntry(.string("name"), .string("entity")), MessagePackEntry(.string("attrs"), .map([])),
        MessagePackEntry(.string("spans"), .array([.binary(record)])),
      ]))
    let groups = try #require(entries.firstIndex { $0.key == .string("span_groups") })
    entries[groups].value = .array([
      .binary(MessagePackWriter.encode(.map([MessagePackEntry(.binary(group), .array([.string("entity")]))]))),
      .binary([0x90]),
    ])
    do {
      _ = try DocBinReader.documents(.map(entries), at: FileLocation(path: "t.spacy"))
      Issue.record("a span ending before its start was read")
    } catch {
      #expect(error.message.contains("Doc 1: a span of group 'entity' ends at 3, before its start 9"), "\(error)")
    }
  }

  @Test func standardOutputIsRefused() {
    #expect(throws: ExportError.self) {
      _ = try CorpusExport(format: .docbin).destination(path: nil) { _ in }
    }
  }
}
