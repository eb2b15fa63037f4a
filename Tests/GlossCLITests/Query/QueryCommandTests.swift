import GlossCore
import GlossTestSupport
import Testing

/// `gloss query` run as a process, as scripts and pipelines use it.
@Suite struct QueryCommandTests {
  @Test func jsonPrintsOneObjectPerMatch() throws {
    let folder = try TemporaryCorpus(["news": "Putin met Kim in Pyongyang. Putin left.\n"])
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 0..<5)
    try session.add(to: "news", layer: "entity", label: "GPE", range: 17..<26)
    try session.commit(message: "two spans")

    var result = try GlossProcess.run(["query", "entity", "--format", "json", "--corpus", folder.root])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      result.standardOutput == """
        {"doc":"news","start":0,"end":5,"text":"Putin","layer":"entity","label":"PERSON","id":"s1","status":"accepted","left":"","right":" met Kim in Pyongyang. Putin left."}
        {"doc":"news","start":17,"end":26,"text":"Pyongyang","layer":"entity","label":"GPE","id":"s2","status":"accepted","left":"Putin met Kim in ","right":". Putin left."}

        """)
    result = try GlossProcess.run(["query", #""Putin" after entity:GPE"#, "--format", "json", "--corpus", folder.root])
    #expect(
      result.standardOutput
        == #"{"doc":"news","start":28,"end":33,"text":"Putin","left":"Putin met Kim in Pyongyang. ","right":" left."}"#
        + "\n")
    result = try GlossProcess.run([
      "query", "entity", "--count-by", "label", "--format", "csv", "--corpus", folder.root,
    ])
    #expect(result.standardOutput == "value,count,percent,docs\nentity:GPE,1,50.0%,1\nentity:PERSON,1,50.0%,1\n")
    result = try GlossProcess.run(["query", "[word = 'Putin'] before entity:PERSN", "--corpus", folder.root])
    #expect(result.status == 1)
    #expect(result.standardError.contains("layer entity has no label 'PERSN' (did you mean 'PERSON'?)"))
    #expect(
      result.standardError.contains("  [word = 'Putin'] before entity:PERSN\n                                 ^~~~~"))
    result = try GlossProcess.run(["query", #""Putin""#, "--corpus", folder.root])
    #expect(result.standardOutput.contains("news    0..5") && result.standardOutput.hasSuffix("2 matches\n"))
  }
}
