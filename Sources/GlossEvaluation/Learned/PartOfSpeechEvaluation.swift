import GlossCore
import GlossTaggers

/// Part-of-speech accuracy of a model on gold CoNLL-U (gold tokenization).
public struct PartOfSpeechEvaluation: Sendable {
  /// The file measured on (name, digest, sentence and word counts).
  public var data: TrainingProvenance.Source
  /// Words tagged.
  public var words: Int
  /// Words whose UPOS tag matches the gold.
  public var correct: Int
  /// Seconds spent tagging (not reading).
  public var seconds: Double

  /// `correct / words`.
  public var accuracy: Double { words == 0 ? 0 : Double(correct) / Double(words) }

  /// Tags every sentence of the CoNLL-U file at `path` with `model`.
  public static func evaluate(_ model: SequenceModel, conlluAt path: String) throws -> PartOfSpeechEvaluation {
    let loaded = try TrainingData.partOfSpeech(conlluAt: path)
    // Gold labels index the UD tag list; map them to the model's columns.
    let names = TrainingData.universalPOSTags
    var workspace = SequenceModel.Workspace()
    var correct = 0
    var words = 0
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      for sentence in loaded.sentences {
        model.tag(sentence.tokens, workspace: &workspace)
        for (predicted, gold) in zip(workspace.labels, sentence.labels) where model.labels[predicted] == names[gold] {
          correct += 1
        }
        words += sentence.labels.count
      }
    }
    return PartOfSpeechEvaluation(
      data: loaded.source, words: words, correct: correct,
      seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
  }
}
