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

  /// The evaluation itself, on the two-sentence fixture with the rules
  /// alone (no data): `n't` and `went` need the treebank and WordNet.
  @Test func countsWordsAndMistakes() throws {
    let report = try LemmaEvaluation.evaluate(
      Lemmatizer(data: LemmaData()), conlluAt: Self.root + "/Tests/Fixtures/sample.conllu")
    #expect(report.words == 10)
    #expect(report.correctWithGoldTags == 8)
    #expect(report.correctWithPredictedTags == nil)
    #expect(report.mistakes.map(\.form) == ["n't", "went"])
    #expect(report.mistakes.map(\.goldLemma) == ["not", "go"])
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

  /// Expects the figures of `split` to be at least the floors.
  static func expect(
    _ split: String, words: Int, goldTagFloor: Double, predictedTagFloor: Double,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let report = try evaluate(split)
    #expect(report.words == words, sourceLocation: sourceLocation)
    #expect(
      report.accuracyWithGoldTags >= goldTagFloor, "\(report.correctWithGoldTags)/\(report.words)",
      sourceLocation: sourceLocation)
    #expect(
      (report.accuracyWithPredictedTags ?? 0) >= predictedTagFloor,
      "\(report.correctWithPredictedTags ?? 0)/\(report.words)", sourceLocation: sourceLocation)
  }

  /// Measured 24,837/25,147 = 98.767% with gold tags and 24,484/25,147 =
  /// 97.363% with the shipped POS model's; the gates are 0.1 point lower.
  @Test func shippedLemmasOnEWTDev() throws {
    try Self.expect("dev", words: 25147, goldTagFloor: 0.9866, predictedTagFloor: 0.9726)
  }

  /// Measured once, to confirm the choices made on dev: 24,777/25,094 =
  /// 98.737% with gold tags and 24,483/25,094 = 97.565% with the shipped
  /// POS model's (the target was 97.5%); the gates are 0.1 point lower.
  @Test func shippedLemmasOnEWTTest() throws {
    try Self.expect("test", words: 25094, goldTagFloor: 0.9863, predictedTagFloor: 0.9746)
  }
}
