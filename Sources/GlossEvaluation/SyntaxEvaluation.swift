import GlossCore
import GlossTaggers

/// Tagging, lemma and dependency scores of a ``SyntaxPipeline`` on gold
/// CoNLL-U: gold tokenization (the file's words), predicted tags and
/// lemmas, every word counted — punctuation included, as the CoNLL 2018
/// shared task scores UAS and LAS.
public struct SyntaxEvaluation: Sendable {
  /// The file measured on (name, digest, sentence and word counts).
  public var data: TrainingProvenance.Source
  /// Words analyzed.
  public var words: Int
  /// Words whose predicted UPOS tag is the gold one.
  public var correctTags: Int
  /// Words whose lemma is the gold one.
  public var correctLemmas: Int
  /// Words whose predicted head is the gold one.
  public var correctHeads: Int
  /// Words whose predicted head and relation (with its subtype) are the gold ones.
  public var correctArcs: Int
  /// Seconds spent tagging, lemmatizing and parsing (not reading nor scoring).
  public var seconds: Double

  /// UPOS accuracy.
  public var tagAccuracy: Double { share(correctTags) }
  /// Lemma accuracy.
  public var lemmaAccuracy: Double { share(correctLemmas) }
  /// Unlabeled attachment score.
  public var unlabeledAttachment: Double { share(correctHeads) }
  /// Labeled attachment score (the full relation, subtype included).
  public var labeledAttachment: Double { share(correctArcs) }
  /// Words tagged, lemmatized and parsed per second.
  public var wordsPerSecond: Double { seconds > 0 ? Double(words) / seconds : 0 }

  private func share(_ count: Int) -> Double { words == 0 ? 0 : Double(count) / Double(words) }

  /// Runs `pipeline` over every sentence of the CoNLL-U file at `path` and
  /// scores it against the file.
  public static func evaluate(_ pipeline: SyntaxPipeline, conlluAt path: String) throws -> SyntaxEvaluation {
    evaluate(pipeline, on: try TrainingData.dependencies(conlluAt: path))
  }

  /// Runs `pipeline` over the sentences of `loaded` and scores it against
  /// them.
  public static func evaluate(_ pipeline: SyntaxPipeline, on loaded: TrainingData.LoadedTrees) -> SyntaxEvaluation {
    var workspace = SyntaxPipeline.Workspace()
    var report = SyntaxEvaluation(
      data: loaded.source, words: 0, correctTags: 0, correctLemmas: 0, correctHeads: 0, correctArcs: 0, seconds: 0)
    let clock = ContinuousClock()
    var elapsed = Duration.zero
    for (words, gold) in zip(loaded.words, loaded.sentences) {
      // Only the analysis is timed; scoring is not.
      elapsed += clock.measure { pipeline.analyze(words, workspace: &workspace) }
      report.count(workspace, relations: pipeline.parser.relations, against: gold)
    }
    report.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    return report
  }

  /// Adds the counts of the sentence analyzed in `predicted`, whose
  /// relation codes index `relations`.
  private mutating func count(
    _ predicted: SyntaxPipeline.Workspace, relations: [String], against gold: DependencyExample
  ) {
    for index in gold.heads.indices {
      words += 1
      if predicted.tags[index] == gold.tags[index] { correctTags += 1 }
      if predicted.lemmas[index] == gold.lemmas[index] { correctLemmas += 1 }
      guard predicted.parse.heads[index] == gold.heads[index] else { continue }
      correctHeads += 1
      if relations[Int(predicted.parse.relations[index])] == gold.relations[index] { correctArcs += 1 }
    }
  }
}
