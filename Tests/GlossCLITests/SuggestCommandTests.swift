import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// `gloss suggest`: unreviewed sentences ranked by the model's margin.
@Suite struct SuggestCommandTests {
  @Test func ranksSentencesLeastCertainFirstAndSkipsReviewedOnes() throws {
    let folder = try TemporaryCorpus([
      "001_news": "Angela Merkel met Joe Biden in Berlin. The weather was fine. Qxzv Plorn visited Zembla.\n"
    ])
    defer { folder.remove() }
    var result = try GlossProcess.run(["suggest", "--json", "--limit", "0"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    var report = try JSONParser.parse(result.standardOutput)
    let sentences = try #require(report["sentences"]?.arrayValue)
    #expect(sentences.count == 3)
    let margins = sentences.compactMap { $0["margin"]?.doubleValue }
    #expect(margins == margins.sorted())
    #expect(report["model"]?.stringValue?.hasSuffix("entities-en-ewt.glossmodel") == true)

    // Accept a span in the first sentence: it is reviewed, so no longer ranked.
    result = try GlossProcess.run(["add", "001_news", "entity:PERSON", "--text", "Angela Merkel"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    result = try GlossProcess.run(["suggest", "001_news", "--json"], in: folder.root)
    report = try JSONParser.parse(result.standardOutput)
    let left = try #require(report["sentences"]?.arrayValue)
    #expect(left.count == 2)
    #expect(!left.contains { $0["sentence"]?.intValue == 1 })
  }
}
