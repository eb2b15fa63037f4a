import GlossCore
import GlossTaggers

/// Words per second of the tokenizer and of each layer of the shipped
/// taggers (``StandardTaggers``) on a generated news-like corpus
/// (``BenchmarkCorpus``), and the memory tagging takes: what `gloss bench
/// tag` measures.
///
/// Each document is tokenized once per run; the tokenizer and each layer's
/// taggers are timed separately on one thread and the best of the runs
/// counts.
public struct TagBenchmark: Sendable {
  /// How many words to generate (the corpus ends with the document that
  /// reaches it).
  public var words: Int
  /// The generator's seed.
  public var seed: UInt64
  /// How many times to tag the corpus; at least one run is made.
  public var repeats: Int

  /// A benchmark of `words` words from `seed`, tagged `repeats` times.
  public init(words: Int, seed: UInt64, repeats: Int) {
    self.words = words
    self.seed = seed
    self.repeats = repeats
  }

  /// How many runs are made.
  public var runs: Int { max(1, repeats) }

  /// Generates the corpus, tags it ``runs`` times and returns the best times.
  public func run() -> TagBenchmarkResult {
    var generator = BenchmarkCorpus(seed: seed)
    let items = generator.documents(words: words)
    let texts = items.map { SourceText($0.text) }
    let layers = StandardTaggers.byLayer
    MemoryProbe.resetPeak()
    let before = MemoryProbe.current()
    var best = Timings(layers: layers.count, seconds: .infinity)
    for _ in 0..<runs {
      let timings = Self.tagOnce(items: items, texts: texts, layers: layers)
      best.keepBest(timings)
    }
    return TagBenchmarkResult(
      words: items.reduce(0) { $0 + $1.words }, documents: items.count,
      textBytes: texts.reduce(0) { $0 + $1.utf8.count },
      seed: seed, runs: runs, tokenizerSeconds: best.tokenizer,
      layers: layers.indices.map {
        TagBenchmarkResult.Layer(
          name: layers[$0].layer, taggers: layers[$0].taggers.map(\.name), seconds: best.layers[$0],
          spans: best.spans[$0])
      },
      peakBytes: MemoryProbe.peak(), bytesBeforeTagging: before)
  }

  /// The seconds of one run: the tokenizer's and each layer's.
  private struct Timings {
    var tokenizer: Double
    var layers: [Double]
    var spans: [Int]

    init(layers: Int, seconds: Double) {
      tokenizer = seconds
      self.layers = Array(repeating: seconds, count: layers)
      spans = Array(repeating: 0, count: layers)
    }

    /// Keeps the faster of each time.
    mutating func keepBest(_ other: Timings) {
      tokenizer = min(tokenizer, other.tokenizer)
      for layer in layers.indices { layers[layer] = min(layers[layer], other.layers[layer]) }
      spans = other.spans
    }
  }

  /// Tokenizes and tags every text once, timing each stage.
  private static func tagOnce(
    items: [BenchmarkCorpus.Item], texts: [SourceText], layers: [(layer: String, taggers: [any Tagger])]
  ) -> Timings {
    let tokenizer = Tokenizer()
    var timings = Timings(layers: layers.count, seconds: 0)
    for (index, text) in texts.enumerated() {
      let (tokenizing, tokenization) = MonotonicClock.time { tokenizer.tokenize(text) }
      timings.tokenizer += tokenizing
      let context = TaggingContext(documentID: "bench", text: text, tokenization: tokenization, dct: items[index].dct)
      for (layer, entry) in layers.enumerated() {
        let (tagging, count) = MonotonicClock.time {
          entry.taggers.reduce(0) { $0 + $1.suggestions(in: context).count }
        }
        timings.layers[layer] += tagging
        timings.spans[layer] += count
      }
    }
    return timings
  }
}
