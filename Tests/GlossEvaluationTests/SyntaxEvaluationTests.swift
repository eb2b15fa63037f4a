import Foundation
import GlossCore
import GlossEvaluation
import GlossTaggers
import Testing

/// The shipped POS model, lemmatizer and parser together on UD English EWT
/// (gold tokenization, predicted tags and lemmas, punctuation counted):
/// quality gates at the figures measured when the parser was trained
/// (docs/parser.md).
@Suite struct SyntaxEvaluationTests {
  static let root = LemmaEvaluationTests.root

  static func evaluate(_ split: String) throws -> SyntaxEvaluation {
    let path = try LemmaEvaluationTests.conllu(split)
    let pipeline = try SyntaxPipeline.shipped(parser: root + "/Models/" + ModelCatalog.parser)
    let report = try SyntaxEvaluation.evaluate(pipeline, conlluAt: path)
    print(
      "EWT \(split) syntax: UPOS \(report.correctTags), lemmas \(report.correctLemmas),",
      "UAS \(report.correctHeads), LAS \(report.correctArcs) of \(report.words) words")
    return report
  }

  @Test func countsOnATinyTreebank() throws {
    let pipeline = try SyntaxPipeline.shipped(parser: Self.root + "/Models/" + ModelCatalog.parser)
    let report = try SyntaxEvaluation.evaluate(pipeline, conlluAt: Self.root + "/Tests/Fixtures/parser-tiny.conllu")
    #expect(report.words == 41)
    #expect(report.data.sentences == 5)
    #expect(report.correctArcs <= report.correctHeads && report.correctHeads <= report.words)
    #expect(report.unlabeledAttachment > 0.7)
  }

  /// Measured on EWT test once the parser was chosen on dev (see
  /// docs/parser.md for how often test was read); the gates are 0.1 point
  /// below.
  @Test func shippedParserOnEWTTest() throws {
    let report = try Self.evaluate("test")
    #expect(report.words == 25094)
    #expect(report.unlabeledAttachment >= SyntaxGates.testUAS, "\(report.correctHeads)/\(report.words)")
    #expect(report.labeledAttachment >= SyntaxGates.testLAS, "\(report.correctArcs)/\(report.words)")
    #expect(report.tagAccuracy >= 0.9603)
  }

  /// The dev figures the parser was chosen on; the gates are 0.1 point below.
  @Test func shippedParserOnEWTDev() throws {
    let report = try Self.evaluate("dev")
    #expect(report.words == 25147)
    #expect(report.unlabeledAttachment >= SyntaxGates.devUAS, "\(report.correctHeads)/\(report.words)")
    #expect(report.labeledAttachment >= SyntaxGates.devLAS, "\(report.correctArcs)/\(report.words)")
  }
}

/// The floors of the measurement tests.
enum SyntaxGates {
  /// Measured 21,235/25,147 = 84.44% (the shipped parser: weights under 1.5 dropped).
  static let devUAS = 0.8434
  /// Measured 20,402/25,147 = 81.13%.
  static let devLAS = 0.8103
  /// Measured 21,305/25,094 = 84.90% (test read a third time, docs/parser.md).
  static let testUAS = 0.8480
  /// Measured 20,520/25,094 = 81.77%.
  static let testLAS = 0.8167
}
