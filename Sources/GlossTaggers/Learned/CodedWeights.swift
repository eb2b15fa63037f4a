/// The weights of a multi-class linear model kept as one-byte codes into a
/// table of at most 256 values: a quarter of the memory of `Float`s and
/// half of ``PerceptronWeights``' bfloat16, for models whose weights were
/// quantized (``PerceptronWeights/quantized(levels:minimum:)`` leaves at
/// most 254 non-zero values). Scoring reads rows at random, so a smaller
/// table means fewer cache misses: the parser's tables are read this way.
public struct CodedWeights: Sendable, Hashable {
  /// The number of labels (row width).
  public let labelCount: Int
  /// The number of buckets (rows).
  public let bucketCount: Int
  /// Row-major codes, `bucketCount × labelCount`.
  private let codes: [UInt8]
  /// The value of each code (code 0 is zero).
  private let values: [Float]
  /// The bfloat16 pattern of each code, to give back ``PerceptronWeights``.
  private let patterns: [UInt16]

  /// The most distinct values a table holds.
  public static let maximumValues = 256

  /// The codes of `weights`; weights with more than 256 distinct values are
  /// quantized first.
  public init(_ weights: PerceptronWeights) {
    var distinct = Set(weights.bits.lazy.filter { $0 & 0x7FFF != 0 })
    var source = weights
    if distinct.count >= Self.maximumValues {
      source = weights.quantized()
      distinct = Set(source.bits.lazy.filter { $0 & 0x7FFF != 0 })
    }
    let patterns = [0] + distinct.sorted()
    let code = Dictionary(uniqueKeysWithValues: patterns.enumerated().map { ($1, UInt8($0)) })
    labelCount = source.labelCount
    bucketCount = source.bucketCount
    codes = source.bits.map { $0 & 0x7FFF == 0 ? 0 : code[$0]! }
    values = patterns.map { Float(bitPattern: UInt32($0) << 16) }
    self.patterns = patterns
  }

  /// The weights as bfloat16 again (for writing a model file).
  public var weights: PerceptronWeights {
    PerceptronWeights(labelCount: labelCount, bucketCount: bucketCount, bits: codes.map { patterns[Int($0)] })
  }

  /// The bytes of the table in memory.
  public var byteCount: Int { codes.count + values.count * MemoryLayout<Float>.size }

  /// Adds the rows of `features` to `scores`.
  @inline(__always)
  package func accumulate(_ features: UnsafeBufferPointer<Int32>, into scores: UnsafeMutableBufferPointer<Float>) {
    codes.withUnsafeBufferPointer { c in
      values.withUnsafeBufferPointer { v in
        let width = labelCount
        for feature in features {
          let row = Int(feature) &* width
          for label in 0..<width { scores[label] += v[Int(c[row &+ label])] }
        }
      }
    }
  }
}
