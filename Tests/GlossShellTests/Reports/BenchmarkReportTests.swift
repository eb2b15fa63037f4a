import GlossEvaluation
import GlossFormats
import Testing

@testable import GlossShell

@Suite struct BenchmarkReportTests {
  /// Times that are powers of two, so the rates come out exact.
  static let tagResult = TagBenchmarkResult(
    words: 20_000, documents: 32, textBytes: 131_072, seed: 4, runs: 2, tokenizerSeconds: 0.001_953_125,
    layers: [
      .init(name: "entity", taggers: ["tagger:entities@1"], seconds: 0.003_906_25, spans: 10),
      .init(name: "time", taggers: ["tagger:time@1", "tagger:extra@1"], seconds: 0.015_625, spans: 3),
    ],
    peakBytes: 17_825_792, bytesBeforeTagging: 16_777_216)

  @Test func theTagReportIsATableBetweenTheCorpusAndTheMemory() {
    #expect(
      TagBenchmarkReport.text(Self.tagResult) == """
        corpus:    20000 words in 32 generated documents, 0.1 MB of text (seed 4)
        runs:      best of 2, one thread

        stage      taggers                        words/s  seconds
        ---------  ----------------------------  --------  -------
        tokenizer  Tokenizer                     10240000    0.002
        entity     tagger:entities@1              5120000    0.004
        time       tagger:time@1+tagger:extra@1   1280000    0.016
        total      tokenizer + every layer         930909    0.021

        memory:    peak RSS 17.0 MB; before tagging 16.0 MB (the text and the process); tagging added 1.0 MB = 8.0× the text

        """)
  }

  @Test func theTagReportsJSONHasEveryLayer() {
    let json = String(decoding: TagBenchmarkReport.json(Self.tagResult), as: UTF8.self)
    #expect(json.hasPrefix("{\n  \"words\": 20000,\n  \"documents\": 32,\n  \"text_bytes\": 131072,\n"))
    #expect(
      json.contains(
        "\"time\": {\n      \"taggers\": \"tagger:time@1+tagger:extra@1\",\n      \"words_per_second\": 1280000,"))
    #expect(json.hasSuffix("\"tagging_memory_bytes\": 1048576\n}"))
  }

  @Test func theExportReportIsOneLine() {
    var result = ExportBenchmarkResult(format: .csv, words: 1_000)
    result.documents = 2
    result.spans = 80
    result.bytes = 3_000_000
    result.seconds = 0.259
    result.peakBytes = 15 * 1_048_576 + 1
    #expect(
      ExportBenchmarkReport.text(result)
        == "csv: 1000 words, 2 documents, 80 spans -> 3 MB in 0.25 s = 11 MB/s; peak RSS 15 MB\n")
  }

  @Test func twoDecimalsAreAlwaysWritten() {
    #expect(String(format2: 0.07) == "0.07")
    #expect(String(format2: 12.5) == "12.50")
    #expect(String(format2: -0.25) == "-0.25")
    #expect(String(rounding: 0.0625, places: 3) == "0.063")
    #expect(String(rounding: 3, places: 1) == "3.0")
  }
}
