import GlossCore
import GlossTestSupport
import Testing

/// `gloss done` and `gloss undone`: the review state, committed at once.
@Suite struct DoneCommandTests {
  @Test func doneCommitsTheStateAndExportsFollowIt() throws {
    let folder = try TemporaryCorpus(["a": "Putin met Kim.\n", "b": "Kim left.\n"])
    defer { folder.remove() }
    var result = try GlossProcess.run(["add", "a", "entity:PERSON", "--text", "Putin"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    result = try GlossProcess.run(["done", "a", "entity", "-m", "entities reviewed"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("committed revision 2: entities reviewed"))
    let store = AnnotationStore(corpus: try folder.load())
    #expect(try store.annotations(for: "a").doneLayers == ["entity"])
    result = try GlossProcess.run(["export", "conll2003"], in: folder.root)
    #expect(result.standardOutput.contains("Putin") && !result.standardOutput.contains("left"))
    #expect(result.standardError.contains("left out 1 not done: b — use --all-documents"))
    result = try GlossProcess.run(["undone", "a"], in: folder.root)
    #expect(result.status == 0 && result.standardOutput.contains("committed revision 3: undone a"))
    result = try GlossProcess.run(["done", "b", "entiy"], in: folder.root)
    #expect(result.status != 0 && result.standardError.contains("did you mean 'entity'"))
    result = try GlossProcess.run(["done", "--help"], in: folder.root)
    #expect(result.standardOutput.contains("gloss done 002_721a65e19f26592e entity"))
  }
}
