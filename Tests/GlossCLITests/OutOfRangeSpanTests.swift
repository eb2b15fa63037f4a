import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// Spans read from hand-edited store files are checked when they are read:
/// every command names the file and line instead of crashing, and nothing
/// writes such a span back.
@Suite struct OutOfRangeSpanTests {
  static let text = "Putin met Kim in Pyongyang.\n"

  /// A corpus whose `news` document has one good span (line 2 of its spans
  /// file) and, on line 3, the span `bad`.
  private func corpus(withBadSpan bad: (start: Int, end: Int)) throws -> TemporaryCorpus {
    let folder = try TemporaryCorpus(["news": Self.text])
    let result = try GlossProcess.run(["add", "news", "entity:PERSON", "--text", "Putin"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    var spans = try folder.read("Annotations/news.spans.jsonl")
    spans +=
      #"{"id":"s9","layer":"entity","label":"GPE","start":\#(bad.start),"end":\#(bad.end),"annotator":"hand","status":"accepted"}"#
      + "\n"
    try folder.write(Array(spans.utf8), to: "Annotations/news.spans.jsonl")
    return folder
  }

  static let commands: [[String]] = [
    ["show", "news"], ["export", "json"], ["export", "conll2003"], ["tag", "news", "--layers", "time"],
    ["render", "news", "-o", "page.html"], ["query", "entity"], ["add", "news", "entity:GPE", "--text", "Kim"],
  ]

  @Test(arguments: [(-3, 5), (40, 45), (9, 4), (20, 400)])
  func everyCommandNamesTheFileAndLine(start: Int, end: Int) throws {
    let folder = try corpus(withBadSpan: (start, end))
    defer { folder.remove() }
    let before = try folder.read("Annotations/news.spans.jsonl")
    for command in Self.commands {
      let result = try GlossProcess.run(command, in: folder.root)
      #expect(result.status == 1, "\(command): \(result.status) \(result.standardError)")
      #expect(result.standardError.contains("Annotations/news.spans.jsonl:3: "), "\(command): \(result.standardError)")
    }
    #expect(try folder.read("Annotations/news.spans.jsonl") == before, "nothing rewrote the file")
    #expect(!FileSystem.fileExists(atPath: folder.root + "/page.html"))
  }

  @Test func theMessageSaysWhatIsWrong() throws {
    for (bad, expected) in [
      ((-3, 5), "span start -3 is negative"), ((9, 4), "span end 4 is not after its start 9"),
      ((20, 400), "span s9 [20, 400) ends past the end of its document's text (28 characters)"),
    ] {
      let folder = try corpus(withBadSpan: bad)
      defer { folder.remove() }
      let result = try GlossProcess.run(["show", "news"], in: folder.root)
      #expect(result.standardError.contains(expected), "\(result.standardError)")
    }
  }

  @Test func restoreRefusesAnOutOfRangeSpanFromHistory() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var result = try GlossProcess.run(["add", "news", "entity:PERSON", "--text", "Putin"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    result = try GlossProcess.run(["remove", "news", "s1"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    // Revision 1 of the history is edited to add a span past the text.
    let history = try folder.read("Annotations/news.history.jsonl")
    let edited = history.replacingOccurrences(of: #""start":0,"end":5"#, with: #""start":0,"end":500"#)
    #expect(edited != history)
    try folder.write(Array(edited.utf8), to: "Annotations/news.history.jsonl")
    result = try GlossProcess.run(["restore", "news@1"], in: folder.root)
    #expect(result.status == 1)
    #expect(result.standardError.contains("Annotations/news.history.jsonl:1: span s1 [0, 500) ends past the end"))
    #expect(try AnnotationStore(corpus: try folder.load()).headRevision() == 2)
  }
}
