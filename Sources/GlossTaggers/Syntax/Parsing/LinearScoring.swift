/// Something that adds the weights of hashed features to per-label scores:
/// the averaged weights a model parses with, or the weights a trainer is
/// learning, so decoding is written once for both.
protocol LinearScoring {
  /// Adds the rows of `features` to `scores`.
  func accumulate(_ features: UnsafeBufferPointer<Int32>, into scores: UnsafeMutableBufferPointer<Float>)
}

extension PerceptronWeights: LinearScoring {}
extension PerceptronTrainer: LinearScoring {}
extension CodedWeights: LinearScoring {}
