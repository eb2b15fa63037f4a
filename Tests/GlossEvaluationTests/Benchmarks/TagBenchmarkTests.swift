import GlossEvaluation
import GlossTaggers
import Testing

@Suite struct TagBenchmarkTests {
  @Test func aTinyCorpusIsCountedAndEveryStageHasARate() {
    let result = TagBenchmark(words: 1_000, seed: 4, repeats: 1).run()
    var generator = BenchmarkCorpus(seed: 4)
    let items = generator.documents(words: 1_000)
    #expect(result.words == items.reduce(0) { $0 + $1.words })
    #expect(result.documents == items.count)
    #expect(result.textBytes == items.reduce(0) { $0 + $1.text.utf8.count })
    #expect(result.runs == 1)
    #expect(result.layers.map(\.name) == StandardTaggers.layers)
    #expect(result.layers.allSatisfy { !$0.taggers.isEmpty && $0.seconds > 0 && $0.spans > 0 })
    #expect(result.wordsPerSecond(result.tokenizerSeconds) > 0)
    #expect(result.wordsPerSecond(result.totalSeconds) > 0)
    #expect(result.totalSeconds >= result.tokenizerSeconds)
  }

  @Test func noRepeatsStillRunsOnce() {
    #expect(TagBenchmark(words: 100, seed: 1, repeats: 0).run().runs == 1)
  }

  @Test func aRateWithoutTimeIsZero() {
    #expect(Throughput.wordsPerSecond(1_000, in: 0) == 0)
    #expect(Throughput.wordsPerSecond(1_000, in: 0.5) == 2_000)
  }
}
