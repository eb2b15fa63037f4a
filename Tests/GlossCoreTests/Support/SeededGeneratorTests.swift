import Testing

@testable import GlossCore

/// The seeded generator's stream is part of Gloss's outputs (training
/// shuffles, benchmark corpora, generated test cases), so it is pinned here.
@Suite struct SeededGeneratorTests {
  @Test func streamIsSplitMix64() {
    // The reference vector of SplitMix64 for seed 1234567.
    var reference = SeededGenerator(seed: 1_234_567)
    #expect(
      (0..<5).map { _ in reference.next() } == [
        6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423, 4_593_380_528_125_082_431,
        16_408_922_859_458_223_821,
      ])
    var zero = SeededGenerator(seed: 0)
    #expect((0..<3).map { _ in zero.next() } == [0xe220_a839_7b1d_cdaf, 0x6e78_9e6a_a1b9_65f4, 0x06c4_5d18_8009_454f])
  }

  @Test func startingOneIncrementLaterSkipsOneValue() {
    var plain = SeededGenerator(seed: 7)
    _ = plain.next()
    var later = SeededGenerator(seed: 7 &+ SeededGenerator.increment)
    #expect((0..<4).map { _ in plain.next() } == (0..<4).map { _ in later.next() })
  }

  @Test func shuffleIsFixedForASeed() {
    var generator = SeededGenerator(seed: 0)
    for _ in 0..<5 { _ = generator.next() }
    var numbers = Array(0..<50)
    generator.shuffle(&numbers)
    #expect(
      numbers == [
        20, 8, 10, 48, 25, 6, 4, 32, 46, 17, 39, 3, 11, 31, 43, 9, 33, 37, 18, 41, 45, 26, 14, 5, 38, 22, 7, 35, 13, 29,
        47, 12, 24, 23, 19, 16, 2, 34, 30, 49, 27, 15, 0, 42, 1, 28, 21, 44, 36, 40,
      ])
    var one: [Int] = [1]
    generator.shuffle(&one)
    #expect(one == [1])
  }
}
