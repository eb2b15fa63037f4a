/// The weights of a multi-class linear model over hashed features: one row
/// of `labelCount` weights per bucket.
public struct PerceptronWeights: Sendable, Hashable {
  /// The number of labels (row width).
  public let labelCount: Int
  /// The number of buckets (rows), a power of two.
  public let bucketCount: Int
  /// Row-major weights, `bucketCount × labelCount`.
  package var values: [Float]

  /// Zero weights.
  public init(labelCount: Int, bucketCount: Int) {
    self.labelCount = labelCount
    self.bucketCount = bucketCount
    self.values = [Float](repeating: 0, count: labelCount * bucketCount)
  }

  package init(labelCount: Int, bucketCount: Int, values: [Float]) {
    precondition(values.count == labelCount * bucketCount)
    self.labelCount = labelCount
    self.bucketCount = bucketCount
    self.values = values
  }

  /// Adds the rows of `features` to `scores`.
  @inline(__always)
  package func accumulate(_ features: UnsafeBufferPointer<Int32>, into scores: UnsafeMutableBufferPointer<Float>) {
    values.withUnsafeBufferPointer { w in
      let width = labelCount
      for feature in features {
        let row = Int(feature) &* width
        for label in 0..<width { scores[label] += w[row &+ label] }
      }
    }
  }

  /// Adds `other`'s weights (same shape) to these.
  package mutating func add(_ other: PerceptronWeights) {
    precondition(other.labelCount == labelCount && other.bucketCount == bucketCount, "same shape")
    values.withUnsafeMutableBufferPointer { w in
      other.values.withUnsafeBufferPointer { o in
        for index in w.indices { w[index] += o[index] }
      }
    }
  }

  /// Multiplies every weight by `factor`.
  package mutating func scale(by factor: Float) {
    values.withUnsafeMutableBufferPointer { w in
      for index in w.indices { w[index] *= factor }
    }
  }
}
