/// What ``TagBenchmark`` measured: the corpus, the best time of the
/// tokenizer and of each layer, and the resident memory.
public struct TagBenchmarkResult: Sendable, Hashable {
  /// One layer's taggers and their best time.
  public struct Layer: Sendable, Hashable {
    /// The layer, e.g. `entity`.
    public var name: String
    /// The names of its taggers, highest priority first.
    public var taggers: [String]
    /// The seconds they took over the whole corpus in the best run.
    public var seconds: Double
    /// How many spans they suggested over the whole corpus.
    public var spans: Int

    /// A layer's measurement.
    public init(name: String, taggers: [String], seconds: Double, spans: Int) {
      self.name = name
      self.taggers = taggers
      self.seconds = seconds
      self.spans = spans
    }
  }

  /// The words generated (runs of non-space characters).
  public var words: Int
  /// The documents generated.
  public var documents: Int
  /// The size of the text in UTF-8 bytes.
  public var textBytes: Int
  /// The generator's seed.
  public var seed: UInt64
  /// How many runs were made (the best counts).
  public var runs: Int
  /// The tokenizer's seconds over the whole corpus in the best run.
  public var tokenizerSeconds: Double
  /// Each layer of the shipped taggers, in ``GlossTaggers/StandardTaggers`` order.
  public var layers: [Layer]
  /// The peak resident size while tagging, in bytes.
  public var peakBytes: Int
  /// The resident size before tagging began (the text and the process), in bytes.
  public var bytesBeforeTagging: Int

  /// A measurement.
  public init(
    words: Int, documents: Int, textBytes: Int, seed: UInt64, runs: Int, tokenizerSeconds: Double, layers: [Layer],
    peakBytes: Int, bytesBeforeTagging: Int
  ) {
    self.words = words
    self.documents = documents
    self.textBytes = textBytes
    self.seed = seed
    self.runs = runs
    self.tokenizerSeconds = tokenizerSeconds
    self.layers = layers
    self.peakBytes = peakBytes
    self.bytesBeforeTagging = bytesBeforeTagging
  }

  /// The tokenizer's time plus every layer's.
  public var totalSeconds: Double { tokenizerSeconds + layers.reduce(0) { $0 + $1.seconds } }

  /// The memory tagging added over the size before it began, in bytes.
  public var taggingBytes: Int { max(0, peakBytes - bytesBeforeTagging) }

  /// The corpus's words per second when they take `seconds`.
  public func wordsPerSecond(_ seconds: Double) -> Int { Throughput.wordsPerSecond(words, in: seconds) }
}
