import Foundation
import GlossCore
import GlossEvaluation
import GlossFormats
import Testing

/// The package root, found from this file's path.
private let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The path of a file, failing the test if it does not exist.
private func requiredFile(_ relativePath: String) throws -> String {
  let path = packageRoot.appendingPathComponent(relativePath).path
  try #require(FileManager.default.fileExists(atPath: path), "missing file \(path)")
  return path
}

@Suite struct TokenizationEvaluationTests {
  @Test func rebuildsTheTextLikeCoNLL2018() throws {
    var reader = try CoNLLUReader(contentsOfFile: try requiredFile("Tests/Fixtures/tokenization-sample.conllu"))
    let gold = GoldTokenization(try reader.readAll())
    #expect(gold.text.string == "I don't like Dr. Smith's plan. It cannot fail\n\nThen it rained so we left.")
    #expect(gold.tokens.count == 17)
    #expect(gold.isMultiword.filter { $0 }.count == 2)
    #expect(gold.tokens[1] == 2..<7)  // don't, one surface token
    #expect(gold.sentences == [0..<30, 31..<45, 47..<61, 62..<73])
  }

  @Test func countsTokensAndSentences() throws {
    let report = try TokenizationEvaluation.evaluate(
      conlluAt: try requiredFile("Tests/Fixtures/tokenization-sample.conllu"))
    // do+n't and Smith+'s tile gold multiword tokens and count once each;
    // can+not over the plain gold word "cannot" is two wrong units.
    #expect(report.tokens == BoundaryScore(gold: 17, predicted: 18, correct: 16))
    // "Then it rained" and "so we left." are one predicted sentence.
    #expect(report.sentences == BoundaryScore(gold: 4, predicted: 3, correct: 2))
    #expect(report.textScalarCount == 73)
    let tokenErrors = report.examples.filter { $0.level == .token }
    #expect(tokenErrors.count == 1)
    #expect(tokenErrors.first?.gold == ["cannot"])
    #expect(tokenErrors.first?.predicted == ["can", "not"])
    let sentenceErrors = report.examples.filter { $0.level == .sentence }
    #expect(sentenceErrors.map(\.range) == [61..<61])
  }

  @Test func groupsPredictedTokensThatTileAMultiwordToken() {
    let sentence = CoNLLUSentence(
      words: [
        CoNLLUWord(
          id: 1, form: "wo", lemma: "will", upos: "AUX", xpos: "MD", feats: "_", head: 0, deprel: "root", deps: "_",
          misc: "_"),
        CoNLLUWord(
          id: 2, form: "n't", lemma: "not", upos: "PART", xpos: "RB", feats: "_", head: 1, deprel: "advmod", deps: "_",
          misc: "_"),
      ],
      multiwordTokens: [CoNLLUMultiwordToken(range: 1...2, form: "won't")])
    let gold = GoldTokenization([sentence])
    #expect(TokenizationEvaluation.units(of: [0..<2, 2..<5], gold: gold) == [0..<5])
    #expect(TokenizationEvaluation.units(of: [0..<5], gold: gold) == [0..<5])
    #expect(TokenizationEvaluation.units(of: [0..<1, 1..<4], gold: gold) == [0..<1, 1..<4])
  }

  @Test func scoreArithmetic() {
    let score = BoundaryScore(gold: 10, predicted: 8, correct: 6)
    #expect(score.precision == 0.75)
    #expect(score.recall == 0.6)
    #expect(abs(score.f1 - 2 * 0.75 * 0.6 / 1.35) < 1e-12)
    #expect(BoundaryScore(gold: 0, predicted: 0, correct: 0).f1 == 0)
  }

  /// Quality gate on the UD English EWT test set (not a timing test).
  @Test func meetsTargetsOnEWTTest() throws {
    let path = try requiredFile("Data/ud-english-ewt/en_ewt-ud-test.conllu")
    let report = try TokenizationEvaluation.evaluate(conlluAt: path)
    // 99.67 (train 99.78, dev 99.74); README, "Tokenizer", says how the
    // last rules were found.
    #expect(report.tokens.f1 >= 0.995, "\(report)")
    #expect(report.sentences.f1 >= 0.75, "\(report)")
  }
}
