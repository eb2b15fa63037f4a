import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// Scripts run as a real process: `gloss run FILE` and `gloss < FILE`.
@Suite struct ScriptTests {
  static let text = "Russian President Vladimir Putin met Kim Jong Un in Pyongyang. Putin left.\n"

  @Test func aScriptIsOneRevision() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    try folder.write(
      Array(
        """
        # two spans and a relabel, one revision
        annotate news "Vladimir Putin" as entity:PERSON
        annotate news "Pyongyang" \\
          as entity:LOC
        relabel news s2 as entity:GPE
        commit -m "script batch"

        """.utf8), to: "batch.gloss")
    let result = try GlossProcess.run(["run", "batch.gloss"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.contains("committed revision 1: script batch"))
    let store = AnnotationStore(corpus: try folder.load())
    #expect(try store.log().count == 1)
    #expect(try store.annotations(for: "news").spans.map(\.qualifiedLabel) == ["entity:PERSON", "entity:GPE"])
  }

  @Test func aFailingLineCommitsNothingAndNamesLineAndColumn() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    try folder.write(
      Array(
        """
        annotate news "Vladimir Putin" as entity:PERSON
        # the next line has a typo in the label
        annotate news "Pyongyang" as entity:GEP
        annotate news "Kim Jong Un" as entity:PERSON

        """.utf8), to: "bad.gloss")
    let result = try GlossProcess.run(["run", "bad.gloss"], in: folder.root)
    #expect(result.status == 1)
    #expect(result.standardError.contains("bad.gloss:3:30: error: unknown label 'GEP'"))
    #expect(result.standardError.contains("did you mean 'GPE'"))
    #expect(result.standardError.contains("^" + String(repeating: "~", count: 9)))
    #expect(result.standardError.contains("1 error; nothing was committed"))
    #expect(try AnnotationStore(corpus: try folder.load()).headRevision() == 0)
  }

  @Test func keepGoingReportsEveryErrorAndCommitsNothing() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    try folder.write(
      Array(
        "annotate news \"Putin\" as entity:PERSON\nannotate news \"Vladimir Putin\" as entity:PERSON\nfrobnicate\n".utf8
      ),
      to: "bad.gloss")
    let result = try GlossProcess.run(["run", "bad.gloss", "--keep-going"], in: folder.root)
    #expect(result.status == 1)
    #expect(result.standardError.contains("bad.gloss:1:15: error: 'Putin' occurs 2 times"))
    #expect(result.standardError.contains("bad.gloss:3:1: error: unknown command 'frobnicate'"))
    #expect(result.standardError.contains("2 errors; nothing was committed"))
    #expect(try AnnotationStore(corpus: try folder.load()).headRevision() == 0)
  }

  @Test func dryRunShowsTheChangeAndWritesNothing() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    try folder.write(Array("annotate news \"Pyongyang\" as entity:GPE\n".utf8), to: "one.gloss")
    let result = try GlossProcess.run(["run", "one.gloss", "--dry-run"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("+ s1 entity:GPE [52, 61)"))
    #expect(result.standardError.contains("dry run: 1 change(s) in 1 document(s) would be committed"))
    #expect(!FileSystem.fileExists(atPath: folder.root + "/Annotations/news.spans.jsonl"))
  }

  @Test func aScriptWritesOnlyInTheCorpusAndItsFolderUnlessAllowed() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    let outside = try TemporaryCorpus([:])
    defer { outside.remove() }
    #expect(symlink(outside.root, folder.root + "/link") == 0)
    for target in ["\(outside.root)/out.json", "link/out.json", "../\(Path.lastComponent(outside.root))/out.json"] {
      try folder.write(Array("export json -o \(target)\n".utf8), to: "scripts/write.gloss")
      let result = try GlossProcess.run(["run", "scripts/write.gloss"], in: folder.root)
      #expect(result.status == 1, "\(target)")
      #expect(
        result.standardError.contains("scripts/write.gloss:1:16: error: a script or notebook writes only inside"),
        "\(target)")
      #expect(result.standardError.contains("--allow-write DIR"))
      let piped = try GlossProcess.run([], in: folder.root, input: "export json -o \(target)\n")
      #expect(piped.status == 1, "\(target)")
    }
    #expect(!FileSystem.fileExists(atPath: outside.root + "/out.json"))
    try folder.write(Array("export json -o scripts/out.json\nrender -o here.html\n".utf8), to: "scripts/write.gloss")
    var result = try GlossProcess.run(["run", "scripts/write.gloss"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    try folder.write(Array("export json -o \(outside.root)/out.json\n".utf8), to: "scripts/write.gloss")
    result = try GlossProcess.run(["run", "scripts/write.gloss", "--allow-write", outside.root], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(FileSystem.fileExists(atPath: outside.root + "/out.json"))
  }

  @Test func reviewInAScriptReadsTheFollowingLines() throws {
    let folder = try TemporaryCorpus(
      ["d": "Signed in June 2024, after over two decades, and ratified in 1996.\n"],
      metadata: ["d": #"{"dct": "2024-11-10"}"#])
    defer { folder.remove() }
    try folder.write(
      Array(
        """
        tag d time
        review d time
        a
        # comments between keys are skipped
        r
        s
        commit -m "reviewed the dates"

        """.utf8), to: "review.gloss")
    let result = try GlossProcess.run(["run", "review.gloss"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("1 accepted, 1 rejected, 0 relabelled, 1 skipped"))
    let store = AnnotationStore(corpus: try folder.load())
    #expect(try store.annotations(for: "d").spans.map(\.status) == [.accepted, .rejected, .suggested])
  }

  @Test func aScriptOnStandardInput() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    let script = "set message \"from stdin\"\nannotate news \"Pyongyang\" as entity:GPE\nset format json\nstatus\n"
    let result = try GlossProcess.run([], in: folder.root, input: script)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(!result.standardOutput.contains("gloss>"))
    #expect(result.standardOutput.contains(#"{"staged":[{"document":"news","changes":1}]}"#))
    #expect(result.standardError.contains("committed revision 1: from stdin"))
  }

  @Test func theExampleScriptsAnnotateTheSeedCorpus() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    var texts: [String: String] = [:]
    var metadata: [String: String] = [:]
    for id in ["000_4cd8ae22b0588f7c", "002_721a65e19f26592e", "003_6658ac4e4684006a"] {
      texts[id] = try String(contentsOf: root.appendingPathComponent("Corpus/\(id).txt"), encoding: .utf8)
      metadata[id] = try String(contentsOf: root.appendingPathComponent("Corpus/\(id).meta.json"), encoding: .utf8)
    }
    let folder = try TemporaryCorpus(texts, metadata: metadata)
    defer { folder.remove() }
    for script in ["annotate-people.gloss", "annotate-dates.gloss"] {
      let path = root.appendingPathComponent("Notebooks/\(script)").path
      let result = try GlossProcess.run(["run", path], in: folder.root)
      #expect(result.status == 0, "\(script): \(result.standardError)")
    }
    let store = AnnotationStore(corpus: try folder.load())
    #expect(try store.log().map(\.author) == ["example-dates", "example-people"])
    let dates = try store.annotations(for: "003_6658ac4e4684006a").spans.filter { $0.layer == "time" }
    #expect(dates.map { $0.attributes["value"] } == ["2024-10-14", "2024-06"])
  }
}
