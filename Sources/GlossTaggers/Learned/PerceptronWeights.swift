/// The weights of a multi-class linear model over hashed features: one row
/// of `labelCount` weights per bucket.
///
/// Weights are kept as bfloat16 (the top 16 bits of a `Float`): the model
/// file stores them so, and half the bytes of a `Float` table make tagging,
/// which reads rows at random, faster. Training keeps full `Float`s in its
/// ``PerceptronTrainer`` and rounds once at the end.
public struct PerceptronWeights: Sendable, Hashable {
  /// The number of labels (row width).
  public let labelCount: Int
  /// The number of buckets (rows), a power of two.
  public let bucketCount: Int
  /// Row-major bfloat16 weights, `bucketCount × labelCount`.
  package private(set) var bits: [UInt16]

  /// Zero weights.
  public init(labelCount: Int, bucketCount: Int) {
    self.labelCount = labelCount
    self.bucketCount = bucketCount
    self.bits = [UInt16](repeating: 0, count: labelCount * bucketCount)
  }

  /// Weights from bfloat16 bit patterns.
  package init(labelCount: Int, bucketCount: Int, bits: [UInt16]) {
    precondition(bits.count == labelCount * bucketCount)
    self.labelCount = labelCount
    self.bucketCount = bucketCount
    self.bits = bits
  }

  /// `values` rounded to the nearest bfloat16; weights smaller in magnitude
  /// than `minimum` become zero (they barely move a score, and a model file
  /// stores only the non-zero ones).
  package init(labelCount: Int, bucketCount: Int, rounding values: [Float], minimum: Float = 0) {
    precondition(values.count == labelCount * bucketCount)
    self.labelCount = labelCount
    self.bucketCount = bucketCount
    self.bits = values.map { abs($0) < minimum ? 0 : Self.bfloat16($0) }
  }

  /// The weight of `label` in bucket `row`.
  public func weight(row: Int, label: Int) -> Float {
    Float(bitPattern: UInt32(bits[row * labelCount + label]) << 16)
  }

  /// The number of non-zero weights.
  public var nonZeroCount: Int { bits.reduce(0) { $0 + ($1 & 0x7FFF != 0 ? 1 : 0) } }

  /// Adds the rows of `features` to `scores`.
  @inline(__always)
  package func accumulate(_ features: UnsafeBufferPointer<Int32>, into scores: UnsafeMutableBufferPointer<Float>) {
    bits.withUnsafeBufferPointer { w in
      let width = labelCount
      for feature in features {
        let row = Int(feature) &* width
        for label in 0..<width { scores[label] += Float(bitPattern: UInt32(w[row &+ label]) &<< 16) }
      }
    }
  }

  /// `value` rounded to the nearest bfloat16 (ties to even).
  package static func bfloat16(_ value: Float) -> UInt16 {
    let bits = value.bitPattern
    let rounded = bits &+ 0x7FFF &+ ((bits >> 16) & 1)
    return UInt16(truncatingIfNeeded: rounded >> 16)
  }
}
