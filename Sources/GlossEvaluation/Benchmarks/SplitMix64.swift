/// SplitMix64, the random number generator of the generated benchmark
/// corpora: tiny, fast and fully determined by its seed, so a seed always
/// gives the same corpus on every platform (the system generator does not).
struct SplitMix64: RandomNumberGenerator {
  /// The state, advanced by every number drawn.
  var state: UInt64

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
