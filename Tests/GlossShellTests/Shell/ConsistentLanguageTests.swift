import GlossCore
import GlossTestSupport
import Testing

@testable import GlossShell

/// The shell takes the same arguments as the one-shot commands: layers as
/// words or `--layer`, `--status`, `tag` with no document, `labels`, `set matching`.
@Suite struct ConsistentLanguageTests {
  static let text = "Russian President Vladimir Putin met Kim Jong Un in Pyongyang on June 19, 2024.\n"

  @Test func showTakesLayersEitherWayAndHidesRejectedSpans() throws {
    let folder = try TemporaryCorpus(["news": Self.text, "other": "Nothing in Pyongyang.\n"])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    _ = try shell.execute(#"annotate news "Vladimir Putin" as entity:PERSON"#)
    _ = try shell.execute(#"annotate news "Pyongyang" as entity:GPE"#)
    _ = try shell.execute(#"annotate news "June 19, 2024" as time:DATE value=2024-06-19"#)
    _ = try shell.execute("reject news s2")
    let words = try shell.execute("show news entity --spans-only").text
    let option = try shell.execute("show news --layer entity --spans-only").text
    #expect(words == option)
    #expect(words.contains("Vladimir Putin") && !words.contains("June 19"))
    #expect(!words.contains("Pyongyang"), "a rejected span is hidden by default")
    #expect(try shell.execute("show news entity --status all --spans-only").text.contains("rejected"))
    #expect(!(try shell.execute("show news --spans-only").text.contains("Russian President Vladimir")))
    #expect(try shell.execute("show news time").text.contains("Russian President Vladimir Putin met"))
    #expect(error(&shell, "show news --status maybe")?.message.hasPrefix("status is accepted") == true)
  }

  @Test func tagWithoutADocumentTagsEveryDocument() throws {
    let folder = try TemporaryCorpus(["news": Self.text, "other": "Nothing in Pyongyang on Monday.\n"])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    let output = try shell.execute("tag time")
    #expect(output.text.hasPrefix("staged 2 suggestions in 2 documents from tagger:time@1"), "\(output.text)")
    #expect(Set(shell.session.stagedChanges.map(\.documentID)) == ["news", "other"])
    #expect(error(&shell, "tag nosuch")?.message.hasPrefix("no document 'nosuch'") == true)
  }

  @Test func labelsListsTheScheme() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    let all = try shell.execute("labels").text
    #expect(all.contains("PERSON") && all.contains("DURATION") && all.contains("@value*") && all.contains("NOUN"))
    let time = try shell.execute("labels time").text
    #expect(time.contains("@mod") && time.contains("APPROX") && !time.contains("PERSON"))
    #expect(error(&shell, "labels entitty")?.message.contains("did you mean 'entity'") == true)
  }

  @Test func matchingIsASetting() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    let standard = try shell.execute(#"count [shape = "Xxxxx"]+ by text"#).text
    _ = try shell.execute("set matching shortest")
    let shortest = try shell.execute(#"count [shape = "Xxxxx"]+ by text"#).text
    #expect(standard.contains("Russian President Vladimir Putin"), "\(standard)")
    #expect(!shortest.contains("Russian President") && shortest.contains("Vladimir"), "\(shortest)")
    #expect(
      error(&shell, "set matching greedy")?.message.hasPrefix("matching is shortest, standard or longest") == true)
  }
}

/// Edits from a query skip, and count, the spans an edit would put in
/// conflict with a layer's overlap policy; a dry run counts the same.
@Suite struct QueryEditOverlapTests {
  @Test func relabelFromAQuerySkipsConflictsAndCountsThem() throws {
    let folder = try TemporaryCorpus(["news": "Putin met Kim in Pyongyang.\n"])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    _ = try shell.execute(#"annotate news "Putin" as entity:PERSON"#)
    _ = try shell.execute(#"annotate news "Putin" as clause:MAIN"#)
    _ = try shell.execute(#"annotate news "Kim" as clause:MAIN"#)
    _ = try shell.execute(#"commit -m base"#)
    let dry = try shell.execute("relabel query clause as entity:ORG --dry-run").text
    #expect(dry.contains("would relabel as entity:ORG 1 span in 1 document"), "\(dry)")
    #expect(dry.contains("skipped 1 that would break a layer's overlap policy"), "\(dry)")
    let real = try shell.execute("relabel query clause as entity:ORG").text
    #expect(real.contains("staged: relabel as entity:ORG 1 span in 1 document"), "\(real)")
    #expect(real.contains("skipped 1"), "\(real)")
    let spans = try shell.session.annotations(for: "news").spans.map { "\($0.qualifiedLabel) \($0.start)" }
    #expect(spans.sorted() == ["clause:MAIN 0", "entity:ORG 10", "entity:PERSON 0"])
  }
}
