import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// `gloss eval syntax` and `gloss train parser`, run as processes.
@Suite struct SyntaxEvalCommandTests {
  static let fixtures = LearnedCommandTests.fixtures

  @Test func evalSyntaxReportsTagsLemmasAndAttachment() throws {
    let output = try GlossProcess.run(
      ["eval", "syntax", Self.fixtures + "/parser-tiny.conllu"], in: LearnedCommandTests.root)
    #expect(output.status == 0, "\(output.standardError)")
    let lines = output.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("data:    ") == true && lines.first?.contains("(5 sentences, 41 words") == true)
    for label in ["UPOS:", "lemmas:", "UAS:", "LAS:", "speed:"] {
      #expect(lines.contains { $0.hasPrefix(label) }, "\(label) in \(lines)")
    }
    #expect(output.standardOutput.contains("punctuation included"))
  }

  @Test func evalSyntaxJSON() throws {
    let output = try GlossProcess.run(
      ["eval", "syntax", Self.fixtures + "/parser-tiny.conllu", "--json"], in: LearnedCommandTests.root)
    #expect(output.status == 0, "\(output.standardError)")
    let result = try JSONParser.parse(Array(output.standardOutput.utf8))
    #expect(result["words"]?.intValue == 41)
    #expect(result["data"]?["sentences"]?.intValue == 5)
    #expect(result["punctuation_included"]?.boolValue == true)
    let uas = try #require(result["uas"]?.doubleValue)
    let las = try #require(result["las"]?.doubleValue)
    #expect(uas > 0.7 && las <= uas)
    #expect(try #require(result["upos"]?.doubleValue) > 0.9)
    #expect(result["lemmas"]?.doubleValue != nil && result["words_per_second"]?.intValue != nil)
  }

  @Test func trainAParserOnAFixtureThenEvaluateIt() throws {
    let model = NSTemporaryDirectory() + "gloss-parser-\(UInt64.random(in: 0...UInt64.max)).glossmodel"
    defer { try? FileManager.default.removeItem(atPath: model) }
    let fixture = Self.fixtures + "/parser-tiny.conllu"
    let train = try GlossProcess.run(
      ["train", "parser", fixture, "--dev", fixture, "--tags", "file", "--iterations", "10", "-o", model],
      in: LearnedCommandTests.root)
    #expect(train.status == 0, "\(train.standardError)")
    #expect(train.standardError.contains("pass 10") && train.standardError.contains("dev UAS"))
    let result = try JSONParser.parse(
      Array(try GlossProcess.run(["eval", "syntax", fixture, "--model", model, "--json"]).standardOutput.utf8))
    #expect(try #require(result["uas"]?.doubleValue) > 0.8)
  }
}
