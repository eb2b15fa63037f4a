import GlossCore

/// Proposes `clause` spans (MAIN, SUB, REL) with a clause-boundary
/// ``SequenceModel`` (see ``ClauseBoundaries``) over the tokenizer's tokens,
/// sentence by sentence; clauses come out well nested.
public struct PerceptronClauseTagger: Tagger {
  /// The model.
  public var model: SequenceModel
  /// The extra features the model was trained with (part of speech).
  public var features: EntityFeatures

  /// `tagger:clauses-perceptron@1`.
  public var name: String { "tagger:clauses-perceptron@1" }
  /// `clause`.
  public var layers: [String] { ["clause"] }

  /// Creates a tagger.
  public init(model: SequenceModel, features: EntityFeatures = EntityFeatures(gazetteer: nil, partOfSpeech: nil)) {
    self.model = model
    self.features = features
  }

  /// The clauses of every sentence.
  public func suggestions(in context: TaggingContext) -> [SpanSuggestion] {
    let text = context.text
    var workspace = SequenceModel.Workspace()
    var result: [SpanSuggestion] = []
    var tokenIndex = 0
    let tokens = context.tokenization.tokens
    for sentence in context.tokenization.sentences {
      var ranges: [Range<Int>] = []
      while tokenIndex < tokens.count && tokens[tokenIndex].lowerBound < sentence.upperBound {
        ranges.append(tokens[tokenIndex])
        tokenIndex += 1
      }
      guard !ranges.isEmpty else { continue }
      let byteRanges = ranges.map { text.utf8Offset(ofScalar: $0.lowerBound)..<text.utf8Offset(ofScalar: $0.upperBound) }
      let sequence = TokenSequence(bytes: text.utf8, tokens: byteRanges)
      model.tag(sequence, extra: features.features(of: sequence), workspace: &workspace)
      for clause in ClauseBoundaries.assemble(workspace.labels.map { model.labels[$0] }) {
        result.append(
          SpanSuggestion(
            layer: "clause", label: clause.label, range: ranges[clause.start].lowerBound..<ranges[clause.end - 1].upperBound))
      }
    }
    return result
  }
}
