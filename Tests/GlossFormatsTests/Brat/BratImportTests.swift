import GlossCore
import GlossFormats
import Testing

/// What brat's `.ann` holds that Gloss cannot carry is named, not dropped
/// silently; a T id used twice and an attribute's errors are placed at their
/// lines (issue 17).
@Suite struct BratImportTests {
  private let corpus = Corpus(
    root: "/tmp", documents: [Document(id: "news", text: SourceText("Ana met Bob in 2024.\n"))])

  /// Writes `news.txt` and `news.ann` (its lines joined) and returns the `.ann` path.
  private func write(_ lines: [String]) throws -> String {
    let folder = FormatRoundTripTests.folder()
    try AtomicFile.write(Array("Ana met Bob in 2024.\n".utf8), toPath: folder + "/news.txt")
    try AtomicFile.write(Array((lines.joined(separator: "\n") + "\n").utf8), toPath: folder + "/news.ann")
    return folder + "/news.ann"
  }

  @Test func relationsEventsAndEquivalencesAreNamedAndCounted() throws {
    let path = try write([
      "T1\tPERSON 0 3\tAna", "T2\tPERSON 8 11\tBob", "R1\tKnows Arg1:T1 Arg2:T2", "E1\tMeet:T1 Agent:T2",
      "A1\tNegated E1", "*\tEquiv T1 T2", "R2\tLikes Arg1:T2 Arg2:T1", "#1\tAnnotatorNotes T1\tsure",
    ])
    let documents = try BratImporter().read(path: path, corpus: corpus)
    #expect(documents.map(\.spans.count) == [2])
    #expect(
      documents.flatMap(\.warnings) == [
        "\(path):3: relation R1 was not imported: Gloss has no relations between spans "
          + "(2 relations, 1 event, 1 equivalence, 1 note, 1 attribute of a relation or event skipped)"
      ])
  }

  @Test func aFileWithOnlySpansHasNoWarning() throws {
    let path = try write(["T1\tPERSON 0 3\tAna"])
    #expect(try BratImporter().read(path: path, corpus: corpus).flatMap(\.warnings).isEmpty)
  }

  @Test func aTIDUsedTwiceIsRefusedWithBothLines() throws {
    let path = try write(["T1\tPERSON 0 3\tAna", "T2\tPERSON 8 11\tBob", "T1\tDATE 15 19\t2024"])
    let error = #expect(throws: ImportError.self) { try BratImporter().read(path: path, corpus: corpus) }
    #expect(error?.location == FileLocation(path: path, line: 3))
    #expect(
      error?.description.contains("the id T1 is used twice: at \(path):1 and here") == true,
      "\(String(describing: error))")
  }

  @Test func anAttributeErrorNamesTheAttributeLine() throws {
    let path = try write([
      "T1\tPERSON 0 3\tAna", "T2\tDATE 15 19\t2024", "A1\tvalue T2 2024", "A2\tcolour T1 red",
    ])
    let documents = try BratImporter().read(path: path, corpus: corpus)
    let error = #expect(throws: ImportError.self) { try SpanImport.validate(documents, corpus: corpus) }
    #expect(error?.location == FileLocation(path: path, line: 4), "\(String(describing: error))")
    #expect(error?.description.contains("colour") == true)
  }
}
