import GlossCore

extension SequenceModel {
  /// Labels a document sentence by sentence — the loop every learned tagger
  /// shares — and hands each sentence's token ranges (scalar offsets) and
  /// predicted labels to `body`. One workspace serves the whole document.
  func labelSentences(
    in context: TaggingContext, features: EntityFeatures,
    _ body: (_ tokens: [Range<Int>], _ labels: [String]) -> Void
  ) {
    let text = context.text
    var workspace = SequenceModel.Workspace()
    var tokenIndex = 0
    let tokens = context.tokenization.tokens
    for sentence in context.tokenization.sentences {
      var ranges: [Range<Int>] = []
      while tokenIndex < tokens.count && tokens[tokenIndex].lowerBound < sentence.upperBound {
        ranges.append(tokens[tokenIndex])
        tokenIndex += 1
      }
      guard !ranges.isEmpty else { continue }
      let byteRanges = ranges.map {
        text.utf8Offset(ofScalar: $0.lowerBound)..<text.utf8Offset(ofScalar: $0.upperBound)
      }
      let sequence = TokenSequence(bytes: text.utf8, tokens: byteRanges)
      tag(sequence, extra: features.features(of: sequence), workspace: &workspace)
      body(ranges, workspace.labels.map { labels[$0] })
    }
  }
}
