import GlossCore
import GlossFormats
import Testing

/// An empty file gets an error that says so (issue 17.5).
@Suite struct EmptyInputTests {
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

  @Test(arguments: [
    (ImportFormat.json, "empty.json"), (.jsonl, "empty.jsonl"), (.spacy, "empty.json"), (.doccano, "empty.jsonl"),
    (.labelstudio, "empty.json"), (.csv, "empty.csv"), (.conll2003, "empty.conll"), (.conllu, "empty.conllu"),
  ])
  func anEmptyFileIsAnErrorNamingIt(format: ImportFormat, name: String) throws {
    for content in ["", "\n \n"] {
      let found = try #require(try error(format, content, name: name), "\(format) accepted an empty file")
      #expect(found.location.path.hasSuffix("/" + name))
      #expect(found.description.contains("the file is empty"), "\(found)")
    }
  }
}
