import GlossCore
import GlossTaggers

/// The tags and lemmas a parser trains on. A parser sees predicted tags at
/// work, so it should learn on tags with the same kind of errors: tags of
/// the training sentences predicted by POS models that were not trained on
/// them (jackknifing), and the lemmas the lemmatizer gives with those tags.
public enum ParserTrainingData {
  /// Where the training tags and lemmas come from.
  public enum TagSource: String, Sendable, CaseIterable {
    /// The file's own columns (gold, or predicted ones written before).
    case file
    /// The given POS model's (which may have been trained on the same sentences).
    case model
    /// Jackknifing: the sentences in `folds` parts, each tagged by a POS
    /// model trained on the others.
    case jackknife
  }

  /// `loaded`'s sentences with the tags of `tagger` and the lemmas of
  /// `lemmatizer` with those tags.
  public static func tagged(_ loaded: TrainingData.LoadedTrees, tagger: SequenceModel, lemmatizer: Lemmatizer)
    -> [DependencyExample]
  {
    var examples = loaded.sentences
    var workspace = SequenceModel.Workspace()
    for index in examples.indices {
      tagger.tag(examples[index].tokens, workspace: &workspace)
      let tags = workspace.labels.map { UniversalPartOfSpeech(rawValue: tagger.labels[$0]) ?? .other }
      examples[index].tags = tags
      examples[index].lemmas = lemmatizer.lemmas(of: loaded.words[index], tags: tags)
    }
    return examples
  }

  /// `loaded`'s sentences with jackknifed tags: sentence `i` is tagged by a
  /// stacked POS model (``SequenceModel/trainStacked(kind:labels:data:options:folds:sources:progress:)``,
  /// 4 inner folds) trained with `options` on the sentences of the other
  /// `folds - 1` parts (part `i % folds`), then lemmatized with those tags.
  /// `progress` is told each part as it starts.
  public static func jackknifed(
    _ loaded: TrainingData.LoadedTrees, folds: Int, options: TrainingOptions, lemmatizer: Lemmatizer,
    progress: (Int) -> Void = { _ in }
  ) -> [DependencyExample] {
    precondition(folds >= 2, "at least two folds")
    let index = Dictionary(uniqueKeysWithValues: TrainingData.universalPOSTags.enumerated().map { ($1, $0) })
    let labeled = loaded.sentences.map { sentence in
      LabeledSequence(tokens: sentence.tokens, labels: sentence.tags.map { index[$0.rawValue]! })
    }
    var examples = loaded.sentences
    for fold in 0..<folds {
      progress(fold + 1)
      let training = labeled.indices.filter { $0 % folds != fold }.map { labeled[$0] }
      let tagger = SequenceModel.trainStacked(
        kind: "pos", labels: TrainingData.universalPOSTags, data: training, options: options, sources: [])
      let held = TrainingData.LoadedTrees(
        sentences: stride(from: fold, to: examples.count, by: folds).map { loaded.sentences[$0] },
        words: stride(from: fold, to: examples.count, by: folds).map { loaded.words[$0] }, source: loaded.source)
      for (offset, example) in tagged(held, tagger: tagger, lemmatizer: lemmatizer).enumerated() {
        examples[fold + offset * folds] = example
      }
    }
    return examples
  }
}
