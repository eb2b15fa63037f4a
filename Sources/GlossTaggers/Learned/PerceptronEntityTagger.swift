import GlossCore

/// Proposes `entity` spans with a BIO ``SequenceModel`` over the
/// tokenizer's tokens, sentence by sentence.
///
/// Model types map to the scheme's labels through ``labelMap`` (UNER's PER,
/// ORG, LOC and OTH by default). Register it beside the rule taggers (for
/// example in the standard tagger list) as
/// `PerceptronEntityTagger(model: try SequenceModel(contentsOfFile: path))`.
/// A model trained with gazetteer or part-of-speech features (see
/// ``EntityFeatures``) needs the same ``features`` here.
public struct PerceptronEntityTagger: Tagger {
  /// The model.
  public var model: SequenceModel
  /// Model type → scheme label.
  public var labelMap: [String: String]
  /// The extra features the model was trained with.
  public var features: EntityFeatures

  /// The annotator name of its suggestions: `tagger:entities-perceptron@1`
  /// unless given (a corpus model is named with its file, for example
  /// `tagger:entities-perceptron@1/entities-r12.glossmodel`).
  public var name: String
  /// `entity`.
  public var layers: [String] { ["entity"] }

  /// Creates a tagger.
  public init(
    model: SequenceModel, features: EntityFeatures = EntityFeatures(gazetteer: nil, partOfSpeech: nil),
    labelMap: [String: String] = ["PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"],
    name: String = "tagger:entities-perceptron@1"
  ) {
    self.name = name
    self.model = model
    self.features = features
    self.labelMap = labelMap
  }

  /// The entity spans of every sentence.
  public func suggestions(in context: TaggingContext) -> [SpanSuggestion] {
    var result: [SpanSuggestion] = []
    model.labelSentences(in: context, features: features) { ranges, labels in
      var start: Int?
      var type = ""
      for index in 0...ranges.count {
        let label = index < ranges.count ? labels[index] : "O"
        let continues = label.hasPrefix("I-") && label.dropFirst(2) == type
        if let open = start, !continues {
          if let mapped = labelMap[type] {
            result.append(
              SpanSuggestion(
                layer: "entity", label: mapped, range: ranges[open].lowerBound..<ranges[index - 1].upperBound))
          }
          start = nil
        }
        if label != "O" && !continues {
          start = index
          type = String(label.dropFirst(2))
        }
      }
    }
    return result
  }
}
