/// A small deterministic random number generator (SplitMix64), so that
/// whatever Gloss draws at random comes out the same for the same seed on
/// every platform and in every release: training shuffles (the shipped
/// models retrain byte for byte), the benchmark corpora, and the test data
/// that property tests generate.
///
/// Each call adds ``increment`` to the state and returns the state mixed
/// (Steele, Lea and Flood, "Fast splittable pseudorandom number
/// generators", 2014). Changing any of this changes those outputs.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  /// What each call adds to the state: 2⁶⁴ divided by the golden ratio.
  package static let increment: UInt64 = 0x9e37_79b9_7f4a_7c15
  /// The multipliers and shifts of the mixing function.
  private static let firstMultiplier: UInt64 = 0xbf58_476d_1ce4_e5b9
  private static let secondMultiplier: UInt64 = 0x94d0_49bb_1331_11eb
  private static let shifts: (UInt64, UInt64, UInt64) = (30, 27, 31)

  private var state: UInt64

  /// Creates a generator from `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= Self.increment
    var z = state
    z = (z ^ (z >> Self.shifts.0)) &* Self.firstMultiplier
    z = (z ^ (z >> Self.shifts.1)) &* Self.secondMultiplier
    return z ^ (z >> Self.shifts.2)
  }

  /// Shuffles `array` in place (Fisher–Yates with this generator).
  public mutating func shuffle<T>(_ array: inout [T]) {
    guard array.count > 1 else { return }
    for i in stride(from: array.count - 1, to: 0, by: -1) {
      let j = Int(next() % UInt64(i + 1))
      array.swapAt(i, j)
    }
  }
}
