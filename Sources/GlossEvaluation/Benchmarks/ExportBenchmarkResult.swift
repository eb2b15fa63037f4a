import GlossFormats

/// What ``ExportBenchmark`` measured: the corpus, the output's size, the
/// time of the export alone and the peak resident memory.
public struct ExportBenchmarkResult: Sendable, Hashable {
  /// The format exported.
  public var format: ExportFormat
  /// Words in the corpus.
  public var words: Int
  /// Documents in the corpus.
  public var documents = 0
  /// Spans in the corpus.
  public var spans = 0
  /// Bytes the exporter wrote.
  public var bytes = 0
  /// The seconds the exporter took, generating the documents not included.
  public var seconds = 0.0
  /// The process's peak resident size, in bytes.
  public var peakBytes = 0

  /// The measurement of exporting `words` words as `format`, before any is counted.
  public init(format: ExportFormat, words: Int) {
    self.format = format
    self.words = words
  }
}
