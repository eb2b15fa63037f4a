/// Reusable storage for the features of one sentence, so tagging allocates
/// nothing per token once the buffer has grown to the longest sentence.
///
/// Besides the features it keeps the per-word values (by buffer position)
/// that the features of a word and of its neighbours share, which a stacked
/// model's second pass copies from its first.
public struct FeatureBuffer: Sendable {
  /// Every token's static features, token after token.
  package var staticFeatures: [Int32] = []
  /// Where each token's features start in ``staticFeatures``, and where the
  /// last one's end.
  package var offsets: [Int] = [0]
  /// The hash of each word lower-cased.
  package var lowerHash: [UInt64] = []
  /// The hash of each word's shape.
  package var shapeHash: [UInt64] = []
  /// The hash of each word's last three scalars.
  package var suffix3Hash: [UInt64] = []
  /// Each word's ambiguity class (``WordLexicon``), `UInt64.max` if unknown.
  package var wordClass: [UInt64] = []
  /// Each word's ``EnglishLexicon`` signature.
  package var englishSignature: [UInt64] = []
  /// Each word's ``WordClusters`` signature.
  package var clusterSignature: [UInt64] = []

  /// An empty buffer.
  public init() {}

  /// Empties the buffer and sizes the per-word values and offsets for `n`
  /// tokens.
  mutating func reset(tokenCount n: Int) {
    staticFeatures.removeAll(keepingCapacity: true)
    Self.reset(&lowerHash, n)
    Self.reset(&shapeHash, n)
    Self.reset(&suffix3Hash, n)
    Self.reset(&wordClass, n)
    Self.reset(&englishSignature, n)
    Self.reset(&clusterSignature, n)
    offsets.removeAll(keepingCapacity: true)
    offsets.append(contentsOf: repeatElement(0, count: n + 1))
  }

  /// Copies the per-word values of `words`, a buffer of the same tokens
  /// filled by an extractor with the same lexicons, in the opposite order if
  /// it read them the other way.
  mutating func copyWordValues(from words: FeatureBuffer, inOppositeOrder: Bool) {
    let n = lowerHash.count
    for p in 0..<n {
      let q = inOppositeOrder ? n - 1 - p : p
      lowerHash[p] = words.lowerHash[q]
      shapeHash[p] = words.shapeHash[q]
      suffix3Hash[p] = words.suffix3Hash[q]
      wordClass[p] = words.wordClass[q]
      englishSignature[p] = words.englishSignature[q]
      clusterSignature[p] = words.clusterSignature[q]
    }
  }

  /// Empties `values` and fills it with `n` zeros, keeping its capacity.
  private static func reset(_ values: inout [UInt64], _ n: Int) {
    values.removeAll(keepingCapacity: true)
    values.append(contentsOf: repeatElement(0, count: n))
  }
}
