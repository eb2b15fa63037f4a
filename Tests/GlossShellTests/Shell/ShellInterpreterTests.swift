import GlossCore
import GlossTestSupport
import Testing

@testable import GlossShell

@Suite struct ShellInterpreterTests {
  static let text = "Russian President Vladimir Putin met Kim Jong Un in Pyongyang. Putin left.\n"

  @Test func annotateStagesAndCommitWritesOneRevision() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    var output = try shell.execute(#"annotate news "Vladimir Putin" as entity:PERSON"#)
    #expect(output.text.contains("s1  entity:PERSON  18..32  accepted  Vladimir Putin"))
    output = try shell.execute(#"annotate news "Putin" as entity:PERSON #2"#)
    #expect(output.text.contains("63..68"))
    output = try shell.execute("annotate news 52..61 as entity:GPE")
    #expect(output.text.contains("Pyongyang"))
    output = try shell.execute("status")
    #expect(output.text.contains("+ s3 entity:GPE [52, 61)"))
    #expect(try AnnotationStore(corpus: try folder.load()).headRevision() == 0)
    output = try shell.execute(#"commit -m "three spans""#)
    #expect(output.text.contains("committed revision 1: three spans"))
    #expect(try AnnotationStore(corpus: try folder.load()).annotations(for: "news").spans.count == 3)
    #expect(try shell.execute("status").text.contains("nothing staged"))
  }

  @Test func undoRevertsTheLastCommandEvenABatch() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    _ = try shell.execute(#"annotate news "Vladimir Putin" as entity:PERSON"#)
    _ = try shell.execute(#"annotate news "Putin" as entity:PERSON all"#)
    #expect(shell.session.stagedChanges.flatMap(\.changes).count == 3)
    #expect(try shell.execute("undo").text.contains("undid"))
    #expect(shell.session.stagedChanges.flatMap(\.changes).count == 1)
  }

  @Test func editsByTextReviewAndRelabel() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    _ = try shell.execute(#"annotate news "Pyongyang" as entity:LOC"#)
    _ = try shell.execute(#"relabel news "Pyongyang" as entity:GPE"#)
    _ = try shell.execute(#"reject news s1"#)
    var spans = try shell.session.annotations(for: "news").spans
    #expect(spans.map(\.qualifiedLabel) == ["entity:GPE"] && spans[0].status == .rejected)
    _ = try shell.execute(#"remove news "Pyongyang" on entity:GPE"#)
    spans = try shell.session.annotations(for: "news").spans
    #expect(spans.isEmpty)
  }

  @Test func errorsPointAtTheWordAndSuggest() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    var failure = try #require(error(&shell, #"anotate news "Putin" as entity:PERSON"#))
    #expect(failure.message.contains("did you mean 'annotate'"))
    #expect(failure.column == 1 && failure.width == 7)
    failure = try #require(error(&shell, #"annotate news "Putin" as entity:PERSN all"#))
    #expect(failure.message.contains("did you mean 'PERSON'"))
    #expect(failure.column == 26)
    let rendered = failure.rendered(line: #"annotate news "Putin" as entity:PERSN all"#, style: Style.plain)
    #expect(rendered.hasSuffix("\n  " + String(repeating: " ", count: 25) + "^" + String(repeating: "~", count: 11)))
    failure = try #require(error(&shell, #"annotate news "Putin" as entity:PERSON"#))
    #expect(failure.message.contains("occurs 2 times") && failure.column == 15)
    failure = try #require(error(&shell, #"annotate nws "Putin" as entity:PERSON"#))
    #expect(failure.message.contains("did you mean 'news'") && failure.column == 10)
    failure = try #require(error(&shell, #"annotate news "Putin as entity:PERSON"#))
    #expect(failure.message.contains("never closed") && failure.column == 15)
    failure = try #require(error(&shell, #"annotate news "Vladimir Putin" entity:PERSON"#))
    #expect(failure.message.contains("expected 'as LAYER:LABEL'"))
    failure = try #require(error(&shell, "set colour purple"))
    #expect(failure.message.contains("on or off"))
    failure = try #require(error(&shell, "show news entiy"))
    #expect(failure.message.contains("did you mean 'entity'"))
    #expect(!shell.session.hasStagedChanges)
  }

  @Test func jsonFormatMakesEveryCommandPrintJSON() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    _ = try shell.execute("set format json")
    for line in [
      "docs", "help", "help annotate", #"annotate news "Pyongyang" as entity:GPE"#, "status", "show news",
      "tokens news 2", "set", #"commit -m "x""#, "log", "diff 0",
    ] {
      let output = try shell.execute(line)
      #expect(throws: Never.self, "\(line) printed no valid JSON") { try JSONParser.parse(output.json) }
    }
    let show = try JSONParser.parse(try shell.execute("show news").json)
    #expect(show["spans"]?.arrayValue?.first?["text"]?.stringValue == "Pyongyang")
  }

  @Test func continuationIsDetected() {
    #expect(ShellLexer.needsContinuation(#"annotate news "Vladimir"#))
    #expect(ShellLexer.needsContinuation(#"annotate news \"#))
    #expect(ShellLexer.needsContinuation("export json [ "))
    #expect(!ShellLexer.needsContinuation(#"annotate news "x" as entity:GPE # a (comment"#))
    #expect(!ShellLexer.needsContinuation(#"annotate news "it's" as entity:GPE"#))
  }

  @Test func completionOffersCommandsDocumentsLabelsAndAttributes() throws {
    let folder = try TemporaryCorpus(["news": Self.text, "notes": "x"])
    defer { folder.remove() }
    let completer = ShellCompleter(corpus: try folder.load())
    #expect(completer.completions("ann").candidates == ["annotate"])
    #expect(completer.completions("show n").candidates == ["news", "notes"])
    #expect(completer.completions(#"annotate news "x" as entity:P"#).candidates == ["entity:PERSON", "entity:PRODUCT"])
    #expect(completer.completions(#"annotate news "x" as time:DATE v"#).candidates == ["value="])
    #expect(completer.completions("set format ").candidates == ["table", "json", "csv"])
  }
}
