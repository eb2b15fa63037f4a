import GlossCore
import GlossFormats
import Testing

@Suite struct ProjectJSONWriterTests {
  private let document = Document(
    id: "d1", text: SourceText("Hi “José” 😀 ok\n"),
    metadata: DocumentMetadata(fields: ["title": .string("T"), "dct_inferred": .bool(true), "pages": .integer(2)]))

  private var spans: [Span] {
    [
      Span(
        id: "s1", layer: "entity", label: "PERSON", start: 4, end: 8, attributes: ["b": "2", "a": "1"],
        annotator: "ana", status: .accepted)
    ]
  }

  @Test func writesTheDocumentShapeWithSortedMetadata() {
    var writer = ProjectJSONWriter(framing: .lines)
    let line = String(decoding: writer.write(ExportDocument(document: document, spans: spans)), as: UTF8.self)
    let expected =
      #"{"id":"d1","text":"Hi “José” 😀 ok\n","meta":{"dct_inferred":true,"pages":2,"title":"T"},"#
      + #""text_sha256":"\#(document.textSHA256)","spans":[{"id":"s1","layer":"entity","label":"PERSON","start":4,"end":8,"#
      + #""text":"José","attrs":{"a":"1","b":"2"},"annotator":"ana","status":"accepted"}]}"# + "\n"
    #expect(line == expected)
  }

  @Test func arrayFramingIsValidJSONForZeroOneAndManyDocuments() throws {
    for count in [0, 1, 3] {
      var writer = ProjectJSONWriter(framing: .array)
      var bytes = writer.header()
      for _ in 0..<count { bytes += writer.write(ExportDocument(document: document, spans: spans)) }
      bytes += writer.footer()
      let parsed = try JSONParser.parse(bytes)
      #expect(parsed.arrayValue?.count == count)
    }
  }

  @Test func theFilterTakesAcceptedSpansByDefault() {
    let filter = ExportFilter()
    var suggested = spans[0]
    suggested.status = .suggested
    #expect(filter.includes(spans[0]))
    #expect(!filter.includes(suggested))
    #expect(ExportFilter(labels: ["entity:PERSON"]).includes(spans[0]))
    #expect(!ExportFilter(layers: ["time"]).includes(spans[0]))
    #expect(!ExportFilter(documentIDs: ["d2"]).includes(documentID: "d1"))
  }
}
