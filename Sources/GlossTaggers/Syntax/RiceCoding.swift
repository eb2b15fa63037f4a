import GlossCore

/// Golomb–Rice coding of a sorted set of 32-bit numbers, the way the lemma
/// data file keeps WordNet's lemma fingerprints: each number is written as
/// its gap to the one before (less one), a gap `g` as `g >> k` one-bits and
/// a zero-bit, then the low `k` bits of `g`, most significant first, in a
/// stream of bytes filled from the high bit down and padded with zero-bits.
///
/// Fingerprints spread evenly over 32 bits have nearly geometric gaps, for
/// which this code is close to optimal: under 18 bits a word for WordNet's
/// 57,000 noun lemmas where LEB128 gaps take 24.
package enum RiceCoding {
  /// The largest parameter `k` tried.
  private static let maximumParameter: UInt8 = 31

  /// The parameter that codes `numbers` (sorted, distinct) in the fewest
  /// bits, the smallest of equals, and the coded bytes.
  package static func encode(_ numbers: [UInt32]) -> (parameter: UInt8, bytes: [UInt8]) {
    let gaps = self.gaps(numbers)
    var best: (parameter: UInt8, bits: UInt64) = (0, .max)
    for parameter in 0...maximumParameter {
      var bits: UInt64 = 0
      for gap in gaps { bits += UInt64(gap >> UInt32(parameter)) + 1 + UInt64(parameter) }
      if bits < best.bits { best = (parameter, bits) }
    }
    var writer = BitWriter()
    for gap in gaps {
      for _ in 0..<(gap >> UInt32(best.parameter)) { writer.append(bit: true) }
      writer.append(bit: false)
      var shift = Int(best.parameter) - 1
      while shift >= 0 {
        writer.append(bit: (gap >> UInt32(shift)) & 1 == 1)
        shift -= 1
      }
    }
    return (best.parameter, writer.bytes)
  }

  /// What went wrong decoding, and at which byte of the stream.
  package struct DecodingFailure: Error {
    /// The byte of the stream where decoding stopped.
    package var offset: Int
    /// What is wrong.
    package var message: String
  }

  /// The `count` numbers coded with `parameter` in `bytes`.
  package static func decode(_ bytes: ArraySlice<UInt8>, count: Int, parameter: UInt8) throws(DecodingFailure)
    -> [UInt32]
  {
    guard parameter <= maximumParameter else {
      throw DecodingFailure(offset: 0, message: "Rice parameter \(parameter) is over \(maximumParameter)")
    }
    var numbers: [UInt32] = []
    numbers.reserveCapacity(count)
    var bit = 0
    let end = bytes.count * 8
    let start = bytes.startIndex
    @inline(__always) func next() throws(DecodingFailure) -> UInt64 {
      guard bit < end else { throw DecodingFailure(offset: bytes.count, message: "the bit stream ends early") }
      let value = UInt64(bytes[start + (bit >> 3)] >> UInt8(7 - (bit & 7))) & 1
      bit += 1
      return value
    }
    var previous: UInt64 = 0
    for index in 0..<count {
      var quotient: UInt64 = 0
      while try next() == 1 {
        quotient += 1
        guard quotient <= UInt64(UInt32.max) >> UInt64(parameter) else {
          throw DecodingFailure(offset: bit >> 3, message: "a gap past 32 bits")
        }
      }
      var remainder: UInt64 = 0
      for _ in 0..<parameter { remainder = remainder << 1 | (try next()) }
      let value = (index == 0 ? 0 : previous + 1) + (quotient << UInt64(parameter) | remainder)
      guard value <= UInt64(UInt32.max) else {
        throw DecodingFailure(offset: bit >> 3, message: "a number past 32 bits")
      }
      numbers.append(UInt32(value))
      previous = value
    }
    return numbers
  }

  /// Each number's gap to the one before, less one (the first: itself).
  private static func gaps(_ numbers: [UInt32]) -> [UInt32] {
    var gaps: [UInt32] = []
    gaps.reserveCapacity(numbers.count)
    for (index, number) in numbers.enumerated() {
      gaps.append(index == 0 ? number : number - numbers[index - 1] - 1)
    }
    return gaps
  }

  /// Bits packed into bytes from the high bit down.
  private struct BitWriter {
    var bytes: [UInt8] = []
    var used = 8

    mutating func append(bit: Bool) {
      if used == 8 {
        bytes.append(0)
        used = 0
      }
      if bit { bytes[bytes.count - 1] |= 0x80 >> UInt8(used) }
      used += 1
    }
  }
}
