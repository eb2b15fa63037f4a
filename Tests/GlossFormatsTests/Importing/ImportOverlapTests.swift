import GlossCore
import GlossFormats
import GlossTestSupport
import Testing

/// Imports obey the layers' overlap policies, and report a violation at
/// the file and line of the span.
@Suite struct ImportOverlapTests {
  @Test func aCrossingSpanIsReportedAtItsLine() throws {
    let folder = try TemporaryCorpus(["d": "Putin met Kim Jong Un in Pyongyang.\n"])
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    let document = ImportedDocument(
      documentID: "d",
      spans: [
        ImportedSpan(
          layer: "entity", label: "PERSON", range: 10..<20, location: FileLocation(path: "in.jsonl", line: 2)),
        ImportedSpan(layer: "entity", label: "GPE", range: 14..<21, location: FileLocation(path: "in.jsonl", line: 3)),
      ])
    do {
      _ = try SpanImport.stage([document], into: &session, summary: "import")
      Issue.record("the crossing span was imported")
    } catch let error as ImportError {
      #expect(error.location.line == 3 && error.kind == .invalidSpan)
      #expect(error.description.contains("in.jsonl:3") && error.description.contains("crosses"))
    }
    #expect(!session.hasStagedChanges)
    // Nesting and rejected spans are fine.
    let nested = ImportedDocument(
      documentID: "d",
      spans: [
        ImportedSpan(layer: "entity", label: "PERSON", range: 10..<20, location: FileLocation(path: "in", line: 1)),
        ImportedSpan(layer: "entity", label: "PERSON", range: 14..<20, location: FileLocation(path: "in", line: 2)),
        ImportedSpan(
          layer: "entity", label: "GPE", range: 14..<21, status: .rejected, location: FileLocation(path: "in", line: 3)),
      ])
    #expect(try SpanImport.stage([nested], into: &session, summary: "import").added == 3)
  }
}
