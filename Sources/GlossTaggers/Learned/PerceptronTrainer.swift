/// Online training state of an averaged perceptron.
///
/// Keeps the current weights `w` and the step-weighted sum of updates `u`,
/// so the average of the weights over every step is `w - u / c` without
/// touching untouched weights at each step (Daumé's trick).
struct PerceptronTrainer {
  let labelCount: Int
  private var weights: [Float]
  private var updates: [Double]
  private(set) var step: Double = 1

  init(labelCount: Int, bucketCount: Int) {
    self.labelCount = labelCount
    weights = [Float](repeating: 0, count: labelCount * bucketCount)
    updates = [Double](repeating: 0, count: labelCount * bucketCount)
  }

  /// Adds the current weights of the rows of `features` to `scores`.
  @inline(__always)
  func accumulate(_ features: UnsafeBufferPointer<Int32>, into scores: UnsafeMutableBufferPointer<Float>) {
    weights.withUnsafeBufferPointer { w in
      let width = labelCount
      for feature in features {
        let row = Int(feature) &* width
        for label in 0..<width { scores[label] += w[row &+ label] }
      }
    }
  }

  /// Rewards `gold` and penalizes `predicted` on every feature.
  mutating func update(_ features: UnsafeBufferPointer<Int32>, gold: Int, predicted: Int) {
    let width = labelCount
    let c = step
    weights.withUnsafeMutableBufferPointer { w in
      updates.withUnsafeMutableBufferPointer { u in
        for feature in features {
          let row = Int(feature) * width
          w[row + gold] += 1
          u[row + gold] += c
          w[row + predicted] -= 1
          u[row + predicted] -= c
        }
      }
    }
  }

  /// Counts one training example.
  mutating func advance() {
    step += 1
  }

  /// The averaged weights, at full precision.
  func averaged() -> [Float] {
    var result = weights
    let c = step
    result.withUnsafeMutableBufferPointer { w in
      updates.withUnsafeBufferPointer { u in
        for index in w.indices where w[index] != 0 || u[index] != 0 {
          w[index] = Float(Double(w[index]) - u[index] / c)
        }
      }
    }
    return result
  }
}
