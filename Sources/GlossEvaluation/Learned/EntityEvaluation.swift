import GlossCore
import GlossTaggers

/// Exact-match entity span precision, recall and F1 of a BIO model on gold
/// IOB2 (gold tokenization), per type and over PER, ORG and LOC together.
public struct EntityEvaluation: Sendable {
  /// The types of the headline score.
  public static let headlineTypes = ["PER", "ORG", "LOC"]

  /// The file measured on.
  public var data: TrainingProvenance.Source
  /// Scores by type (every type seen in gold or predictions).
  public var byType: [String: BoundaryScore]
  /// PER, ORG and LOC pooled.
  public var headline: BoundaryScore
  /// Tokens tagged.
  public var tokens: Int
  /// Seconds spent tagging.
  public var seconds: Double

  /// Tags every sentence of the IOB2 file at `path` with `model`, giving
  /// it `features` (those it was trained with; see ``EntityFeatures``).
  public static func evaluate(
    _ model: SequenceModel, features: EntityFeatures = EntityFeatures(gazetteer: nil, partOfSpeech: nil),
    iob2At path: String
  ) throws -> EntityEvaluation {
    let loaded = try TrainingData.entities(iob2At: path)
    var workspace = SequenceModel.Workspace()
    var predicted: [[String]] = []
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      for sentence in loaded.sentences {
        model.tag(sentence.tokens, extra: features.features(of: sentence.tokens), workspace: &workspace)
        predicted.append(workspace.labels.map { model.labels[$0] })
      }
    }
    var counts: [String: (gold: Int, predicted: Int, correct: Int)] = [:]
    for (sentence, guess) in zip(loaded.sentences, predicted) {
      let gold = Set(LabeledSpan.spans(bio: sentence.labels.map { TrainingData.entityLabels[$0] }))
      let found = Set(LabeledSpan.spans(bio: guess))
      for span in gold { counts[span.type, default: (0, 0, 0)].gold += 1 }
      for span in found {
        counts[span.type, default: (0, 0, 0)].predicted += 1
        if gold.contains(span) { counts[span.type, default: (0, 0, 0)].correct += 1 }
      }
    }
    let byType = counts.mapValues { BoundaryScore(gold: $0.gold, predicted: $0.predicted, correct: $0.correct) }
    var pooled = (0, 0, 0)
    for type in headlineTypes {
      if let c = counts[type] { pooled = (pooled.0 + c.gold, pooled.1 + c.predicted, pooled.2 + c.correct) }
    }
    return EntityEvaluation(
      data: loaded.source, byType: byType,
      headline: BoundaryScore(gold: pooled.0, predicted: pooled.1, correct: pooled.2),
      tokens: loaded.source.tokens,
      seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
  }
}
