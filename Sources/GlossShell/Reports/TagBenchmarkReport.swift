import GlossCore
import GlossEvaluation

/// The renderings of a tagging benchmark (`gloss bench tag`).
public enum TagBenchmarkReport {
  /// The corpus, a table of words/s and seconds per stage, and the memory.
  public static func text(_ result: TagBenchmarkResult) -> String {
    var out = "corpus:    \(result.words) words in \(result.documents) generated documents, "
    out += "\(megabytes(result.textBytes)) of text (seed \(result.seed))\n"
    out += "runs:      best of \(result.runs), one thread\n\n"
    out += table(result).render()
    if !out.hasSuffix("\n") { out += "\n" }
    out +=
      "\nmemory:    peak RSS \(megabytes(result.peakBytes)); before tagging \(megabytes(result.bytesBeforeTagging)) "
    out += "(the text and the process); tagging added \(megabytes(result.taggingBytes)) = "
    out += "\(String(rounding: Double(result.taggingBytes) / Double(max(1, result.textBytes)), places: 2))× the text\n"
    return out
  }

  /// The same as one JSON object (no final newline).
  package static func json(_ result: TagBenchmarkResult) -> [UInt8] {
    var writer = JSONWriter(pretty: true)
    writer.beginObject()
    writer.key("words")
    writer.integer(result.words)
    writer.key("documents")
    writer.integer(result.documents)
    writer.key("text_bytes")
    writer.integer(result.textBytes)
    writer.key("tokenizer_words_per_second")
    writer.integer(result.wordsPerSecond(result.tokenizerSeconds))
    writer.key("layers")
    writer.beginObject()
    for layer in result.layers {
      BenchmarkJSON.stage(
        &writer, name: layer.name, describedBy: "taggers", description: taggers(layer),
        wordsPerSecond: result.wordsPerSecond(layer.seconds), seconds: layer.seconds)
    }
    writer.endObject()
    writer.key("total_words_per_second")
    writer.integer(result.wordsPerSecond(result.totalSeconds))
    writer.key("peak_rss_bytes")
    writer.integer(result.peakBytes)
    writer.key("rss_before_tagging_bytes")
    writer.integer(result.bytesBeforeTagging)
    writer.key("tagging_memory_bytes")
    writer.integer(result.taggingBytes)
    writer.endObject()
    return writer.takeBytes()
  }

  /// A row per stage: the tokenizer, each layer, and the total.
  private static func table(_ result: TagBenchmarkResult) -> TextTable {
    var table = TextTable(["stage", "taggers", "words/s", "seconds"], alignments: [.left, .left, .right, .right])
    func row(_ stage: String, _ taggers: String, _ seconds: Double) {
      table.rows.append([stage, taggers, String(result.wordsPerSecond(seconds)), String(rounding: seconds, places: 3)])
    }
    row("tokenizer", "Tokenizer", result.tokenizerSeconds)
    for layer in result.layers { row(layer.name, taggers(layer), layer.seconds) }
    row("total", "tokenizer + every layer", result.totalSeconds)
    return table
  }

  /// A layer's taggers, joined by `+`.
  private static func taggers(_ layer: TagBenchmarkResult.Layer) -> String {
    layer.taggers.joined(separator: "+")
  }

  /// A size in mebibytes with one decimal, e.g. `16.3 MB`.
  private static func megabytes(_ bytes: Int) -> String {
    String(rounding: BenchmarkUnits.mebibytes(bytes), places: 1) + " MB"
  }
}
