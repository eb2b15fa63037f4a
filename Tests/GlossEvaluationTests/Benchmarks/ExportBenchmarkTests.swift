import GlossEvaluation
import GlossFormats
import Testing

@Suite struct ExportBenchmarkTests {
  @Test func documentsAndSpansFollowTheWordCounts() {
    // 1,234 words in documents of 100: 13 documents, an entity in every
    // full sentence of 12 words (8 per 100 words, 2 in the last 34).
    let result = ExportBenchmark(format: .conll2003, words: 1_234, documentWords: 100).run()
    #expect(result.format == .conll2003)
    #expect(result.words == 1_234)
    #expect(result.documents == 13)
    #expect(result.spans == 99)
    #expect(result.bytes > 0)
    #expect(result.seconds > 0)
  }

  @Test func everyFormatWritesOutput() {
    for format in ExportFormat.allCases {
      let result = ExportBenchmark(format: format, words: 240, documentWords: 120).run()
      #expect(result.documents == 2, "\(format)")
      #expect(result.bytes > 0, "\(format)")
    }
  }
}
