import GlossCore
import GlossFormats
import Testing

/// Reversed offsets are called reversed, not outside the text (issue 17.5).
@Suite struct ReversedOffsetTests {
  private let corpus = Corpus(root: "/tmp", documents: [Document(id: "doc", text: SourceText("Ana met Bob.\n"))])

  private func error(_ format: ImportFormat, _ content: String, name: String) throws -> ImportError? {
    let path = FormatRoundTripTests.folder() + "/" + name
    try AtomicFile.write(Array(content.utf8), toPath: path)
    do {
      _ = try format.makeImporter().read(path: path, corpus: corpus)
      return nil
    } catch {
      return error
    }
  }

  @Test func reversedOffsetsAreCalledReversed() throws {
    let json = #"[{"id":"doc","spans":[{"layer":"entity","label":"PERSON","start":7,"end":3}]}]"#
    let found = try #require(try error(.json, json, name: "reversed.json"))
    #expect(found.kind == .badOffset)
    #expect(found.description.contains("offsets 7..3 are reversed"), "\(found)")
    #expect(!found.description.contains("outside the text"))
    let doccano = #"{"text":"Ana met Bob.\n","label":[[7,3,"PERSON"]]}"#
    let utf16 = try #require(try error(.doccano, doccano, name: "reversed.jsonl"))
    #expect(utf16.description.contains("7..3 are reversed"), "\(utf16)")
  }
}
