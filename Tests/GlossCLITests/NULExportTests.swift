import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// A NUL character in a text is never written raw into an export: JSON
/// formats escape it, the others skip the document with a warning naming
/// it and the offset (issue 17.5).
@Suite struct NULExportTests {
  @Test func noExportHoldsARawNUL() throws {
    let folder = try TemporaryCorpus(["a": "Putin\u{0}met Kim.\n", "b": "Kim met Putin.\n"])
    defer { folder.remove() }
    for (document, name) in [("a", "Kim"), ("b", "Kim")] {
      let result = try GlossProcess.run(["add", document, "entity:PERSON", "--text", name], in: folder.root)
      #expect(result.status == 0, "\(result.standardError)")
    }
    for format in [
      "json", "jsonl", "spacy", "doccano", "labelstudio", "conll2003", "conll2001", "conllu", "csv", "xmi", "brat",
    ] {
      let output = "out-\(format)"
      let result = try GlossProcess.run(["export", format, "-o", output], in: folder.root)
      #expect(result.status == 0, "\(format): \(result.standardError)")
      let path = folder.root + "/" + output
      let files =
        FileSystem.isDirectory(atPath: path)
        ? try FileSystem.contentsOfDirectory(atPath: path).map { path + "/" + $0 } : [path]
      for file in files {
        #expect(!(try FileSystem.readFile(atPath: file)).contains(0), "\(format): raw NUL in \(file)")
      }
      if ["json", "jsonl", "spacy", "doccano", "labelstudio"].contains(format) {
        #expect(!result.standardError.contains("skipped"), "\(format): \(result.standardError)")
      } else {
        #expect(
          result.standardError.contains("skipped 'a': its text holds a NUL character at offset 5"),
          "\(format): \(result.standardError)")
        #expect(result.standardError.contains("1 document was skipped"), "\(format): \(result.standardError)")
      }
    }
  }
}
