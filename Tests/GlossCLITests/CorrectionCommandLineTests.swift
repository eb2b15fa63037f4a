import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// `gloss resize`, `gloss attr` and `gloss relabel --attr`, driven as processes.
@Suite struct CorrectionCommandLineTests {
  static let text = "Luiz Inácio Lula da Silva met Putin on 11 March 2025 after four years.\n"

  @Test func resizeAttrAndRelabelCommitOneRevisionEach() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    var result = try GlossProcess.run(["add", "news", "entity:PERSON", "--text", "Lula"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    result = try GlossProcess.run(["resize", "news", "s1", "Luiz Inácio Lula da Silva"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("s1  entity:PERSON  0..25  accepted  Luiz Inácio Lula da Silva"))
    #expect(result.standardOutput.contains("committed revision 2"))
    result = try GlossProcess.run(["resize", "news", "s1", "+2", "-1"], in: folder.root)
    #expect(result.standardOutput.contains("12..19  accepted  Lula da"), "\(result.standardError)")
    result = try GlossProcess.run(["resize", "news", "s1", "putin"], in: folder.root)
    #expect(result.status != 0 && result.standardError.contains("did you mean 'Putin'?"))

    result = try GlossProcess.run(
      ["add", "news", "time:DATE", "--text", "four years", "--attr", "value=2021", "--attr", "mod=START"],
      in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    result = try GlossProcess.run(["attr", "news", "s2", "mod=", "anchor=DCT"], in: folder.root)
    #expect(result.standardOutput.contains("anchor=DCT") && !result.standardOutput.contains("mod=START"))
    result = try GlossProcess.run(["attr", "news", "s2", "mod=SOMETIMES"], in: folder.root)
    #expect(result.status != 0 && result.standardError.contains("MORE_THAN"))
    result = try GlossProcess.run(
      ["relabel", "news", "s2", "--to", "time:DURATION", "--attr", "value=P4Y", "--attr", "anchor="], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    let spans = try AnnotationStore(corpus: try folder.load()).annotations(for: "news").spans
    let duration = try #require(spans.first { $0.id == "s2" })
    #expect(duration.label == "DURATION" && duration.attributes == ["value": "P4Y"])
    #expect(try AnnotationStore(corpus: try folder.load()).headRevision() == 6)

    result = try GlossProcess.run(["resize", "--help"], in: folder.root)
    #expect(result.standardOutput.contains("gloss resize 002_721a65e19f26592e s3 -1 +2"))
  }
}
