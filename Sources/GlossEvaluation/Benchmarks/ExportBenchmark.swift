import GlossFormats

/// How fast an exporter writes a generated corpus and whether its memory
/// stays flat: what `gloss bench export` measures.
///
/// Documents are generated one at a time (``ExportBenchmarkCorpus``) and
/// exported with the real exporter; the output is counted and discarded.
/// Only the export is timed, not generating or hashing the documents.
public struct ExportBenchmark: Sendable {
  /// The format to export.
  public var format: ExportFormat
  /// Words in the corpus.
  public var words: Int
  /// Words per document (the last one may have fewer).
  public var documentWords: Int

  /// A benchmark exporting `words` words as `format`, `documentWords` per document.
  public init(format: ExportFormat, words: Int, documentWords: Int) {
    self.format = format
    self.words = words
    self.documentWords = documentWords
  }

  /// Generates and exports the corpus.
  public func run() -> ExportBenchmarkResult {
    var exporter = format.makeExporter()
    var result = ExportBenchmarkResult(format: format, words: words)
    result.bytes += Self.count(exporter.begin())
    var remaining = words
    while remaining > 0 {
      let count = min(documentWords, remaining)
      let item = ExportBenchmarkCorpus.document(number: result.documents, words: count)
      result.spans += item.spans.count
      let (seconds, output) = MonotonicClock.time { exporter.export(item) }
      result.seconds += seconds
      result.bytes += Self.count(output.chunks)
      remaining -= count
      result.documents += 1
    }
    result.bytes += Self.count(exporter.finish())
    result.peakBytes = MemoryProbe.peak()
    return result
  }

  /// The bytes in `chunks`.
  private static func count(_ chunks: [ExportChunk]) -> Int {
    chunks.reduce(0) { $0 + $1.bytes.count }
  }
}
