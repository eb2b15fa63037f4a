import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// A document whose text changed after it was annotated is skipped, with a
/// warning naming it and what to do, by export, render and query — never
/// written with its spans shifted (issue 17.3).
@Suite struct StaleDocumentTests {
  /// `news` annotated with PERSON on "Putin", then one character put in
  /// front of its text: the span [0, 5) would now cover " Puti".
  private func corpus() throws -> TemporaryCorpus {
    let folder = try TemporaryCorpus(["news": "Putin met Kim in Pyongyang.\n", "other": "Kim met Putin.\n"])
    for (document, name) in [("news", "Putin"), ("other", "Kim")] {
      let result = try GlossProcess.run(["add", document, "entity:PERSON", "--text", name], in: folder.root)
      #expect(result.status == 0, "\(result.standardError)")
    }
    try folder.write(Array(" Putin met Kim in Pyongyang.\n".utf8), to: "Corpus/news.txt")
    return folder
  }

  private func expectWarning(_ text: String) {
    #expect(text.contains("skipped 'news': its text changed after it was annotated"), "\(text)")
    #expect(text.contains("restore the original text, or re-anchor the spans by hand"), "\(text)")
  }

  @Test(arguments: ["json", "jsonl", "conll2003", "csv", "spacy", "brat"])
  func exportSkipsTheStaleDocument(format: String) throws {
    let folder = try corpus()
    defer { folder.remove() }
    let output = format == "brat" ? "out" : "out.\(format)"
    // Training formats take done documents only; this test is about stale ones.
    let all = ["conll2003", "spacy"].contains(format) ? ["--all-documents"] : []
    let result = try GlossProcess.run(["export", format, "-o", output] + all, in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    expectWarning(result.standardError)
    #expect(result.standardError.contains("1 document was skipped"), "\(result.standardError)")
    #expect(result.standardError.contains("wrote 1 document"), "\(result.standardError)")
    if format != "brat" {
      let written = try folder.read(output)
      #expect(!written.contains("Pyongyang"), "the stale document is not exported")
    }
  }

  @Test func exportToStandardOutputAndFromTheShell() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var result = try GlossProcess.run(["export", "jsonl"], in: folder.root)
    #expect(result.status == 0)
    expectWarning(result.standardError)
    #expect(!result.standardOutput.contains("news"), "\(result.standardOutput)")
    result = try GlossProcess.run(["repl"], in: folder.root, input: "export jsonl -o shell.jsonl\n")
    expectWarning(result.standardOutput + result.standardError)
    #expect(!(try folder.read("shell.jsonl")).contains("Pyongyang"))
  }

  @Test func renderSkipsTheStaleDocument() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let result = try GlossProcess.run(["render", "-o", "page.html"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    expectWarning(result.standardError)
    #expect(result.standardError.contains("(1 document, 1 stale skipped)"), "\(result.standardError)")
    let page = try folder.read("page.html")
    #expect(!page.contains("Pyongyang"))
  }

  @Test func queryFindsNoShiftedSpan() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let result = try GlossProcess.run(["query", "entity:PERSON"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(!result.standardOutput.contains("news"), "\(result.standardOutput)")
    #expect(result.standardOutput.contains("other"), "\(result.standardOutput)")
    expectWarning(result.standardError)
    // Once the index is cached, the warning is still given.
    let again = try GlossProcess.run(["query", "entity:PERSON"], in: folder.root)
    expectWarning(again.standardError)
    #expect(!again.standardOutput.contains("news"))
  }
}
