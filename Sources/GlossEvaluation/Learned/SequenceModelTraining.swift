import GlossCore
import GlossTaggers

/// Trains a ``SequenceModel`` the way `gloss train pos|entities|clauses`
/// does — one pass, or stacked over folds — timing it and telling progress
/// after every epoch.
public enum SequenceModelTraining {
  /// The number of epochs a training runs, for a progress bar.
  public static func epochCount(options: TrainingOptions, folds: Int) -> Int {
    options.epochs * max(1, options.runs) * (folds >= 2 ? folds + 2 : 1)
  }

  /// Trains a model of `kind` with `labels` on `data`; `folds` ≥ 2 trains a
  /// stacked model. `progress` hears after each epoch its stage (stacked
  /// models only), number and training accuracy.
  public static func train(
    kind: String, labels: [String], data: [LabeledSequence], sources: [TrainingProvenance.Source],
    options: TrainingOptions, folds: Int, progress: (_ stage: String?, _ epoch: Int, _ accuracy: Double) -> Void
  ) -> (model: SequenceModel, seconds: Double) {
    let (seconds, model) = MonotonicClock.time { () -> SequenceModel in
      if folds >= 2 {
        return SequenceModel.trainStacked(
          kind: kind, labels: labels, data: data, options: options, folds: folds, sources: sources
        ) { stage, epoch, accuracy in progress(stage, epoch, accuracy) }
      }
      return SequenceModel.train(kind: kind, labels: labels, data: data, options: options, sources: sources) {
        epoch, accuracy in progress(nil, epoch, accuracy)
      }
    }
    return (model, seconds)
  }
}
