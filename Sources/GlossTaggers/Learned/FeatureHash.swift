/// Hashing of feature strings into the buckets of a ``SequenceModel``.
///
/// FNV-1a over a template number and the bytes of the feature's parts, with
/// ASCII letters optionally folded to lower case, so no feature string is
/// ever built. The hash is fixed (not Swift's seeded `Hasher`): a model file
/// only works if the same feature lands in the same bucket in every process.
package struct FeatureHash {
  package private(set) var value: UInt64

  private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// Starts a hash for feature template `template`.
  @inline(__always)
  package init(template: UInt8) {
    value = (Self.offsetBasis ^ UInt64(template)) &* Self.prime
  }

  /// Mixes in one byte.
  @inline(__always)
  package mutating func add(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* Self.prime
  }

  /// Mixes in a 64-bit value (a label or another hash).
  @inline(__always)
  package mutating func add(_ number: UInt64) {
    var n = number
    for _ in 0..<8 {
      add(UInt8(truncatingIfNeeded: n))
      n >>= 8
    }
  }

  /// Mixes in `bytes[range]`, lower-casing ASCII letters when `fold` is set.
  @inline(__always)
  package mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, fold: Bool) {
    for index in range {
      var byte = bytes[index]
      if fold && byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
      add(byte)
    }
    add(UInt8(0xFF))  // a separator no UTF-8 text contains
  }

  /// The bucket in a table of `2^bits` buckets.
  @inline(__always)
  package func bucket(bits: Int) -> Int32 {
    // Finalize (xor-shift-multiply) so the low bits depend on every byte.
    var h = value
    h ^= h >> 33
    h = h &* 0xff51_afd7_ed55_8ccd
    h ^= h >> 33
    return Int32(truncatingIfNeeded: h & ((1 << UInt64(bits)) - 1))
  }
}

extension FeatureHash {
  /// The multiplier of ``mix(_:_:)``: 2⁶⁴ divided by the golden ratio.
  private static let mixMultiplier: UInt64 = 0x9e37_79b9_7f4a_7c15

  /// `seed` with the 64-bit `value` mixed in, one multiplication per value:
  /// for features made of numbers (word hashes, tags, counts), faster than
  /// mixing byte by byte. Like the byte-wise hash it is fixed, so a model
  /// file's features land in the same buckets in every process.
  @inline(__always)
  package static func mix(_ seed: UInt64, _ value: UInt64) -> UInt64 {
    var h = (seed ^ value) &* mixMultiplier
    h ^= h >> 32
    return h
  }

  /// The bucket of a ``mix(_:_:)`` result in a table of `2^bits` buckets.
  @inline(__always)
  package static func bucket(ofMixed value: UInt64, bits: Int) -> Int32 {
    var hash = FeatureHash(template: 0)
    hash.value = value
    return hash.bucket(bits: bits)
  }
}
