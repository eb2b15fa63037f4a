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
    var result: [SpanSuggestion] = []
    model.labelSentences(in: context, features: features) { ranges, labels in
      for clause in ClauseBoundaries.assemble(labels) {
        result.append(
          SpanSuggestion(
            layer: "clause", label: clause.label,
            range: ranges[clause.start].lowerBound..<ranges[clause.end - 1].upperBound))
      }
    }
    return result
  }
}
