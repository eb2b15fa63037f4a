import GlossCore
import Testing

@testable import GlossTaggers

/// Golomb–Rice coding of sorted 32-bit sets.
@Suite struct RiceCodingTests {
  @Test func decodesWhatItEncodes() throws {
    var generator = SeededGenerator(seed: 7)
    let spread = Set((0..<5000).map { _ in UInt32.random(in: .min ... .max, using: &generator) })
    for numbers in [[], [0], [UInt32.max], [0, 1, 2, 3, UInt32.max], spread.sorted()] {
      let (parameter, bytes) = RiceCoding.encode(numbers)
      #expect(try RiceCoding.decode(bytes[...], count: numbers.count, parameter: parameter) == numbers)
    }
    // Evenly spread fingerprints take about log2(gap) + 2 bits each.
    let (parameter, bytes) = RiceCoding.encode(spread.sorted())
    #expect(parameter == 19)
    #expect(bytes.count * 8 < spread.count * 22)
  }

  @Test func aShortStreamIsAFailure() throws {
    let (parameter, bytes) = RiceCoding.encode([5, 900, 70_000])
    #expect(throws: RiceCoding.DecodingFailure.self) {
      try RiceCoding.decode(bytes.dropLast(), count: 3, parameter: parameter)
    }
    #expect(throws: RiceCoding.DecodingFailure.self) {
      try RiceCoding.decode(bytes[...], count: 3, parameter: 40)
    }
  }
}
