import GlossCore
import GlossFormats
import Testing

/// A malformed MISC column is refused at its line and column, or warned
/// about where the UD validator only warns (issue 17).
@Suite struct CoNLLUMiscImportTests {
  private let corpus = Corpus(root: "/tmp", documents: [Document(id: "doc", text: SourceText("Ana met Bob.\n"))])

  /// A CoNLL-U file of the sentence with `misc` as the MISC of Ana and Bob.
  private func write(ana: String, bob: String) throws -> String {
    let words = [("1", "Ana", ana), ("2", "met", "_"), ("3", "Bob", bob), ("4", ".", "_")]
    let lines =
      ["# newdoc id = doc", "# text = Ana met Bob."]
      + words.map { "\($0.0)\t\($0.1)\t_\t_\t_\t_\t_\t_\t_\t\($0.2)" }
    let path = FormatRoundTripTests.folder() + "/doc.conllu"
    try AtomicFile.write(Array((lines.joined(separator: "\n") + "\n\n").utf8), toPath: path)
    return path
  }

  private func importError(ana: String, bob: String) throws -> ImportError? {
    let path = try write(ana: ana, bob: bob)
    do {
      _ = try CoNLLUImporter().read(path: path, corpus: corpus)
      return nil
    } catch {
      return error
    }
  }

  @Test func emptyItemsAreSkippedWithAWarning() throws {
    let path = try write(ana: "NE=B-PERSON||", bob: "|NE=B-PERSON")
    let documents = try CoNLLUImporter().read(path: path, corpus: corpus)
    #expect(documents.flatMap(\.spans).map(\.range) == [0..<3, 8..<11])
    #expect(
      documents.flatMap(\.warnings) == [
        "\(path):3:33: empty item in MISC 'NE=B-PERSON||' (a stray '|'?); skipped (3 such items in this document)"
      ])
  }

  @Test func anItemWithoutAKeyIsSkippedWithAWarning() throws {
    let path = try write(ana: "=B-PERSON", bob: "NE=B-PERSON")
    let documents = try CoNLLUImporter().read(path: path, corpus: corpus)
    #expect(documents.flatMap(\.spans).map(\.range) == [8..<11])
    #expect(documents.flatMap(\.warnings) == ["\(path):3:21: MISC item '=B-PERSON' has no key before '='; skipped"])
  }

  @Test func spacesAroundAKeyOrValueAreRefusedAtTheirColumn() throws {
    let error = try #require(try importError(ana: "Gloss=1|NE= B-PERSON", bob: "_"))
    #expect(error.kind == .syntax)
    #expect(error.location.line == 3 && error.location.column == 29, "\(error)")
    #expect(error.description.contains("has a space at the start or end of its value"), "\(error)")
  }

  @Test func aKeyGivenTwiceIsRefused() throws {
    let error = try #require(try importError(ana: "NE=B-PERSON", bob: "NE=B-PERSON|NE=I-PERSON"))
    #expect(error.location.line == 5 && error.location.column == 33, "\(error)")
    #expect(error.description.contains("MISC gives NE twice"), "\(error)")
  }

  @Test func wellFormedItemsWithoutAnEqualsSignAreAccepted() throws {
    let path = try write(ana: "NE=B-PERSON|Gloss", bob: "_")
    let documents = try CoNLLUImporter().read(path: path, corpus: corpus)
    #expect(documents.flatMap(\.spans).map(\.range) == [0..<3])
    #expect(documents.flatMap(\.warnings).isEmpty)
  }
}
