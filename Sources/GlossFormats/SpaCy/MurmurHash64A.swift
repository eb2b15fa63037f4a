/// Austin Appleby's MurmurHash64A, the hash behind spaCy's string IDs
/// (`spacy.strings.hash_string` is this hash of the UTF-8 bytes, seed 1).
package enum MurmurHash64A {
  private static let multiplier: UInt64 = 0xc6a4_a793_5bd1_e995
  private static let shift: UInt64 = 47

  /// The hash of `bytes` with `seed`.
  package static func hash(_ bytes: [UInt8], seed: UInt64) -> UInt64 {
    var hash = seed ^ (UInt64(bytes.count) &* multiplier)
    let blocks = bytes.count / 8
    for block in 0..<blocks {
      var word: UInt64 = 0
      for index in (0..<8).reversed() { word = word << 8 | UInt64(bytes[block * 8 + index]) }
      word &*= multiplier
      word ^= word >> shift
      word &*= multiplier
      hash ^= word
      hash &*= multiplier
    }
    let tail = bytes[(blocks * 8)...]
    if !tail.isEmpty {
      for (index, byte) in tail.enumerated().reversed() { hash ^= UInt64(byte) << (8 * UInt64(index)) }
      hash &*= multiplier
    }
    hash ^= hash >> shift
    hash &*= multiplier
    hash ^= hash >> shift
    return hash
  }
}
