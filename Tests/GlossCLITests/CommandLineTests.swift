import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// The `gloss` executable driven as a process, its output checked.
@Suite struct CommandLineTests {
  static let text = "Russian President Vladimir Putin met Kim Jong Un in Pyongyang. Putin left.\n"

  private func corpus() throws -> TemporaryCorpus {
    try TemporaryCorpus(
      ["news": Self.text, "other": "Nothing to see in Pyongyang.\n"],
      metadata: ["news": #"{"title": "Summit", "dct": "2024-06-19"}"#])
  }

  @Test func docsListsDocumentsWithCounts() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let result = try GlossProcess.run(["docs", "--corpus", folder.root])
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines[0].hasPrefix("id"))
    let news = try #require(lines.first { $0.hasPrefix("news") })
    #expect(news.contains("Summit") && news.contains("2024-06-19"))
    #expect(news.split(separator: " ").dropFirst().first == "14")  // tokens
  }

  @Test func addShowAndEditByQuotedText() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var result = try GlossProcess.run(["add", "news", "entity:PERSON", "--text", "Vladimir Putin"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("s1  entity:PERSON  [18, 32)  Vladimir Putin"))
    #expect(result.standardOutput.contains("committed revision 1"))

    result = try GlossProcess.run(["add", "news", "entity:PERSON", "--text", "Putin"], in: folder.root)
    #expect(result.status != 0)
    #expect(result.standardError.contains("occurs 2 times"))
    #expect(result.standardError.contains("--occurrence N"))

    result = try GlossProcess.run(
      ["add", "news", "entity:GPE", "--text", "Pyongyang", "-m", "the city"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")

    result = try GlossProcess.run(["show", "news", "--color", "never"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      result.standardOutput.contains("Russian President [Vladimir Putin]PERSON met Kim Jong Un in [Pyongyang]GPE."))
    #expect(!result.standardOutput.contains("\u{1B}["))

    result = try GlossProcess.run(["show", "news", "--color", "always"], in: folder.root, environment: [:])
    #expect(result.standardOutput.contains("\u{1B}["))

    result = try GlossProcess.run(["relabel", "news", "--text", "Pyongyang", "--to", "entity:LOC"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    result = try GlossProcess.run(["reject", "news", "s2"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("s2  entity:LOC  [52, 61)  rejected  Pyongyang"))
    result = try GlossProcess.run(["remove", "news", "s1"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")

    result = try GlossProcess.run(["log"], in: folder.root)
    let messages = result.standardOutput.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").first! }
    #expect(messages == ["5", "4", "3", "2", "1"])
    #expect(result.standardOutput.contains("the city"))
    #expect(result.standardOutput.contains("tester"))

    result = try GlossProcess.run(["diff", "2", "5", "--color", "never"], in: folder.root)
    #expect(result.standardOutput.contains("- s1 entity:PERSON [18, 32) accepted 'Vladimir Putin'"))
    #expect(result.standardOutput.contains("~ s2 entity:GPE [52, 61) accepted 'Pyongyang'"))
    #expect(result.standardOutput.contains("→ s2 entity:LOC [52, 61) rejected 'Pyongyang'"))

    result = try GlossProcess.run(["show", "news@2", "--color", "never", "--spans-only"], in: folder.root)
    #expect(result.standardOutput.contains("(revision 2, 2 spans)"))

    result = try GlossProcess.run(["restore", "news@2"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("committed revision 6: restore news to revision 2"))
    result = try GlossProcess.run(["show", "news", "--color", "never"], in: folder.root)
    #expect(result.standardOutput.contains("[Vladimir Putin]PERSON"))
    #expect(result.standardOutput.contains("[Pyongyang]GPE"))
  }

  @Test func errorsAreClearAndExitNonZero() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var result = try GlossProcess.run(["add", "nwes", "entity:PERSON", "--text", "Putin"], in: folder.root)
    #expect(result.status == 1)
    #expect(result.standardError.contains("no document 'nwes'") && result.standardError.contains("did you mean 'news'"))
    #expect(result.standardError.contains("`gloss docs` lists them"))
    result = try GlossProcess.run(["add", "news", "entity:PERSN", "--start", "18", "--end", "32"], in: folder.root)
    #expect(result.standardError.contains("did you mean 'PERSON'"))
    result = try GlossProcess.run(["add", "news", "entity:PERSON", "--start", "17", "--end", "32"], in: folder.root)
    #expect(result.standardError.contains("starts on whitespace at offset 17"))
    result = try GlossProcess.run(["add", "news", "time:DATE", "--text", "Pyongyang"], in: folder.root)
    #expect(result.standardError.contains("value"))
    result = try GlossProcess.run(["show", "news@9"], in: folder.root)
    #expect(result.status == 1 && result.standardError.contains("nothing has been committed yet"))
    result = try GlossProcess.run(["docs"], in: "/tmp")
    #expect(result.status == 1 && result.standardError.contains("no Corpus/ folder"))
    #expect(result.standardError.contains("or pass --corpus DIR"))
    result = try GlossProcess.run(["remove", "news"], in: folder.root)
    #expect(result.status != 0 && result.standardError.contains("name the spans by id"))
  }

  @Test func everySubcommandHasHelpWithAnExample() throws {
    for command in [
      "docs", "show", "tokens", "sentences", "tokenize", "add", "remove", "relabel", "accept", "reject", "log", "diff",
      "restore", "export", "eval tokenizer",
    ] {
      let result = try GlossProcess.run(command.split(separator: " ").map(String.init) + ["--help"])
      #expect(result.status == 0, "\(command)")
      #expect(result.standardOutput.contains("gloss "), "\(command)")
      #expect(result.standardOutput.lowercased().contains("example"), "\(command) --help has no example")
    }
  }

  @Test func tokenizePrintsScalarOffsetsAsJSON() throws {
    let result = try GlossProcess.run(["tokenize"], input: "“Hi,” said Dr. Kim. Don't 😀 go!\n")
    #expect(result.status == 0, "\(result.standardError)")
    let value = try JSONParser.parse(Array(result.standardOutput.utf8))
    let tokens = try #require(value["tokens"]?.arrayValue).map { pair in
      (pair.arrayValue![0].intValue!, pair.arrayValue![1].intValue!)
    }
    let scalars = Array("“Hi,” said Dr. Kim. Don't 😀 go!\n".unicodeScalars)
    let words = tokens.map { String(String.UnicodeScalarView(scalars[$0.0..<$0.1])) }
    #expect(words == ["“", "Hi", ",", "”", "said", "Dr.", "Kim", ".", "Do", "n't", "😀", "go", "!"])
    #expect(value["sentences"]?.arrayValue?.count == 2)
  }

  @Test func tokenizeUDSplitsHyphensAsTheTreebanksDo() throws {
    let text = "A Russia-North Korea treaty.\n"
    func words(_ arguments: [String]) throws -> [String] {
      let result = try GlossProcess.run(arguments, input: text)
      #expect(result.status == 0, "\(result.standardError)")
      let value = try JSONParser.parse(Array(result.standardOutput.utf8))
      let scalars = Array(text.unicodeScalars)
      return try #require(value["tokens"]?.arrayValue).map { pair in
        String(String.UnicodeScalarView(scalars[pair.arrayValue![0].intValue!..<pair.arrayValue![1].intValue!]))
      }
    }
    #expect(try words(["tokenize"]) == ["A", "Russia-North", "Korea", "treaty", "."])
    #expect(try words(["tokenize", "--ud"]) == ["A", "Russia", "-", "North", "Korea", "treaty", "."])
  }

  @Test func tokensAndSentencesPrintOffsets() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var result = try GlossProcess.run(["tokens", "news", "--sentence", "2"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("63   68  Putin"))
    result = try GlossProcess.run(["sentences", "news"], in: folder.root)
    #expect(result.standardOutput.contains("2     63   74  Putin left."))
  }
}
