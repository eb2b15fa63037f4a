import GlossTaggers

extension WordClusters {
  /// Word clusters learned from the unlabeled text of `paths` (CoNLL-U word
  /// forms, WordNet glosses or plain text), `fineCount` fine clusters per
  /// view with a quarter as many middle and a sixteenth as many coarse
  /// ones; no clusters when `paths` is empty.
  public static func learn(fromFiles paths: [String], minimumCount: Int, fineCount: Int) throws -> WordClusters {
    guard !paths.isEmpty else { return WordClusters() }
    return learn(
      from: try TrainingData.unlabeledSentences(at: paths), minimumCount: minimumCount, fineCount: fineCount,
      middleCount: fineCount / 4, coarseCount: fineCount / 16)
  }
}
