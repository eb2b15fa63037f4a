#if canImport(Glibc)
  import Glibc
#endif

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

  /// The weights rounded to at most `levels` magnitudes per sign, spaced
  /// evenly on a logarithmic scale from the smallest kept magnitude (at
  /// least `minimum`, and at least 1/4096 of the largest) to the largest,
  /// so a model file stores each weight as a one-byte code into a table
  /// (``SequenceModel`` file format 4). Each weight moves by at most half a
  /// step, a few percent of its value with 127 levels; magnitudes below
  /// half the smallest level become zero.
  package func quantized(levels: Int = 127, minimum: Float = 0) -> PerceptronWeights {
    precondition((2...127).contains(levels))
    var high: Float = 0
    var low = Float.infinity
    for half in bits where half & 0x7FFF != 0 {
      let magnitude = Float(bitPattern: UInt32(half & 0x7FFF) << 16)
      high = max(high, magnitude)
      low = min(low, magnitude)
    }
    guard high > 0 else { return self }
    low = max(low, minimum, high / 4096)
    let ratio = Double(high) / Double(low)
    let table: [UInt16] = (0..<levels).map {
      ratio == 1 ? Self.bfloat16(low) : Self.bfloat16(Float(Double(low) * pow(ratio, Double($0) / Double(levels - 1))))
    }
    let scale = ratio == 1 ? 0 : Double(levels - 1) / log(ratio)
    var result = bits
    for index in result.indices where result[index] & 0x7FFF != 0 {
      let half = result[index]
      let magnitude = Double(Float(bitPattern: UInt32(half & 0x7FFF) << 16))
      if magnitude < Double(low) / 2 {
        result[index] = 0
        continue
      }
      let level = magnitude <= Double(low) ? 0 : min(levels - 1, Int((log(magnitude / Double(low)) * scale).rounded()))
      result[index] = table[level] | (half & 0x8000)
    }
    return PerceptronWeights(labelCount: labelCount, bucketCount: bucketCount, bits: result)
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
