import GlossCore
import GlossTaggers
import GlossTestSupport
import Testing

@testable import GlossShell

/// A tagger that proposes fixed spans.
private struct FixedTagger: Tagger {
  var name = "tagger:fixed@1"
  var layers = ["entity"]
  var proposals: [SpanSuggestion]
  func suggestions(in context: TaggingContext) -> [SpanSuggestion] { proposals }
}

/// `resize`, `attr`, `relabel … KEY=VALUE`, and the overlap rules of
/// `annotate query`, run through the interpreter.
@Suite struct CorrectionCommandTests {
  static let text =
    "President Luiz Inácio Lula da Silva met Putin. Lula da Silva left Brasília on 11 March 2025 after four years.\n"

  @Test func resizeByOffsetsTextAndTokens() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    _ = try shell.execute(#"annotate news "Lula" as entity:PERSON #1"#)
    var output = try shell.execute(#"resize news s1 "Luiz Inácio Lula da Silva""#)
    #expect(output.text.contains("s1  entity:PERSON  10..35  accepted  Luiz Inácio Lula da Silva"))
    output = try shell.execute("resize news s1 -1 +0")
    #expect(output.text.contains("0..35  accepted  President Luiz Inácio Lula da Silva"))
    output = try shell.execute("resize news s1 +1 -3")
    #expect(output.text.contains("10..21  accepted  Luiz Inácio"))
    output = try shell.execute("resize news s1 10..35")
    #expect(output.text.contains("10..35"))
    output = try shell.execute(#"resize news s1 "Lula da Silva" #2"#)
    #expect(output.text.contains("47..60"))
    let spans = try shell.session.annotations(for: "news").spans
    #expect(spans.map(\.id) == ["s1"] && spans[0].range == 47..<60)
    // Each resize is one undo step.
    #expect(try shell.execute("undo").text.contains("resize s1"))
    #expect(try shell.session.annotations(for: "news").spans[0].range == 10..<35)

    #expect(error(&shell, "resize news s1 -5 +0")?.message.contains("leaves the text") == true)
    #expect(error(&shell, "resize news s1 +3 -3")?.message.contains("empty") == true)
    #expect(error(&shell, #"resize news s1 "Lula da Silva""#)?.message.contains("occurs 2 times") == true)
    #expect(error(&shell, "resize news s9 +0 +1")?.message.contains("no span 's9'") == true)
    let hint = try #require(error(&shell, #"resize news s1 "brasilia""#))
    #expect(hint.message.contains("did you mean 'Brasília'?"))
  }

  @Test func attrSetsAndRemovesAttributesWithClearErrors() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    _ = try shell.execute(#"annotate news "11 March 2025" as time:DATE value=2025-03 mod=START"#)
    var output = try shell.execute("attr news s1 value=2025-03-11 mod=")
    #expect(output.text.contains("value=2025-03-11") && !output.text.contains("mod="))
    output = try shell.execute(#"attr news "11 March 2025" anchor=DCT"#)
    #expect(output.text.contains("anchor=DCT"))
    #expect(error(&shell, "attr news s1 mood=X")?.message.contains("did you mean 'mod'") == true)
    let invalid = try #require(error(&shell, "attr news s1 mod=ROUGHLY"))
    #expect(invalid.message.contains("'ROUGHLY' is not a valid time.mod") && invalid.message.contains("APPROX"))
    #expect(error(&shell, "attr news s1 value=")?.message.contains("need the attribute 'value'") == true)
    #expect(error(&shell, "attr news s1")?.message.contains("KEY=VALUE") == true)

    _ = try shell.execute(#"annotate news "four years" as time:DATE value=2021"#)
    output = try shell.execute("relabel news s2 as time:DURATION value=P4Y")
    #expect(output.text.contains("time:DURATION") && output.text.contains("value=P4Y"))
    #expect(try shell.execute("help attr").text.contains("time: overlap nest"))
  }

  @Test func overlapPolicyRefusesAndQueryEditsSkipOrReplace() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    _ = try shell.execute(#"annotate news "Luiz Inácio Lula da Silva" as entity:PERSON"#)
    let refused = try #require(error(&shell, #"annotate news "President Luiz" as entity:PERSON"#))
    #expect(refused.message.contains("crosses s1 entity:PERSON [10, 35)"))
    // A tagger's suggestion that the query would cross.
    try shell.session.add(
      to: "news", layer: "entity", label: "PERSON", range: 66..<77, status: .suggested, annotator: "tagger:x@1")
    func json(_ line: String) throws -> String { String(decoding: try shell.execute(line).json, as: UTF8.self) }
    // The first is inside s1 (allowed); the second does not conflict either.
    #expect(try json(#"annotate query "Lula da Silva" as entity:PERSON --dry-run"#).contains(#""added":2"#))
    var output = try json(#"annotate query "left Brasília" as entity:LOC"#)
    #expect(output.contains(#""added":0"#) && output.contains(#""conflicts":1"#))
    let text = try shell.execute(#"annotate query "left Brasília" as entity:LOC --dry-run"#).text
    #expect(text.contains("overlap: nest; --replace replaces suggestions"))
    output = try json(#"annotate query "left Brasília" as entity:LOC --replace"#)
    #expect(output.contains(#""added":1"#) && output.contains(#""replaced":1"#))
    let spans = try shell.session.annotations(for: "news").spans
    #expect(spans.first { $0.range == 66..<77 }?.status == .rejected)
    #expect(spans.contains { $0.range == 61..<74 && $0.label == "LOC" })
  }

  @Test func taggingAgainNeverBringsBackARemovedSuggestion() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    let tagger = FixedTagger(proposals: [
      SpanSuggestion(layer: "entity", label: "GPE", range: 66..<74),
      SpanSuggestion(layer: "entity", label: "PERSON", range: 41..<46),
    ])
    try TaggingRun.tag("news", with: tagger, in: &shell.session)
    let ids = try shell.session.annotations(for: "news").spans.map(\.id)
    _ = try shell.execute("remove news \(ids[0])")
    _ = try shell.execute("reject news \(ids[1])")
    let outcome = try TaggingRun.tag("news", with: tagger, in: &shell.session)
    #expect(outcome.added == 0 && outcome.skipped == 2)
    #expect(try shell.session.annotations(for: "news").spans.map(\.status) == [.rejected, .rejected])
  }
}
