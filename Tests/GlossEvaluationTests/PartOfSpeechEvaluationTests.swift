import Foundation
import GlossCore
import GlossEvaluation
import GlossTaggers
import Testing

/// The shipped part-of-speech model on UD English EWT (gold tokenization):
/// quality gates at the accuracy measured when it was trained (README,
/// "Learned taggers"), so a change that costs accuracy fails here.
@Suite struct PartOfSpeechEvaluationTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  static func evaluate(_ split: String) throws -> PartOfSpeechEvaluation {
    let data = root + "/Data/ud-english-ewt/en_ewt-ud-\(split).conllu"
    try #require(FileManager.default.fileExists(atPath: data), "missing file \(data)")
    let model = try SequenceModel(contentsOfFile: root + "/Models/pos-en-ewt.glossmodel")
    return try PartOfSpeechEvaluation.evaluate(model, conlluAt: data)
  }

  @Test func shippedModelOnEWTTest() throws {
    let report = try Self.evaluate("test")
    #expect(report.words == 25094)
    // Measured 24,122/25,094 = 96.127% (96.067% before the tokenizer's last
    // rules changed the clusters' text; before word clusters: 95.97%; before
    // the English lexicon: 95.55%). The target is 96%.
    #expect(report.accuracy >= 0.9612, "\(report.correct)/\(report.words)")
  }

  @Test func shippedModelOnEWTDev() throws {
    let report = try Self.evaluate("dev")
    #expect(report.words == 25147)
    // Measured 24,051/25,147 = 95.641% (95.729% before the tokenizer's last
    // rules changed the clusters' text; before word clusters: 95.56%; before
    // the English lexicon: 94.89%).
    #expect(report.accuracy >= 0.9564, "\(report.correct)/\(report.words)")
  }
}
