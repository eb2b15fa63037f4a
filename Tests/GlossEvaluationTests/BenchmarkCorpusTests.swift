import GlossEvaluation
import Testing

@Suite struct BenchmarkCorpusTests {
  @Test func generationIsReproducibleAndReachesTheWordCount() {
    var first = BenchmarkCorpus(seed: 7)
    var second = BenchmarkCorpus(seed: 7)
    let a = first.documents(words: 5_000)
    let b = second.documents(words: 5_000)
    #expect(a.map(\.text) == b.map(\.text))
    #expect(a.reduce(0) { $0 + $1.words } >= 5_000)
    #expect(a.allSatisfy { $0.dct.count == 10 })
    var other = BenchmarkCorpus(seed: 8)
    #expect(other.documents(words: 5_000).map(\.text) != a.map(\.text))
  }
}
