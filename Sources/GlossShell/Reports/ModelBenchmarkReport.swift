import GlossCore
import GlossEvaluation

/// The renderings of a learned-model benchmark (`gloss bench models`).
public enum ModelBenchmarkReport {
  /// Bytes in a megabyte (MB, 10^6).
  private static let megabyte = 1_000_000

  /// The corpus, a line per model, POS and entities together, and the
  /// training time when it was measured.
  public static func text(_ result: ModelBenchmarkResult) -> String {
    var out = "corpus:  \(result.tokens) tokens in \(result.sentences) sentences (seed \(result.seed)); "
    out += "best of \(result.runs), one thread\n"
    for model in result.models {
      out += "\(model.name) (\(model.kind)): \(result.wordsPerSecond(model.seconds)) words/s "
      out += "(\(String(format2: model.seconds)) s)\n"
    }
    out += "POS + entities: \(result.wordsPerSecond(result.posAndEntitiesSeconds)) words/s\n"
    if let syntax = result.syntax {
      out += "POS + lemmas: \(result.wordsPerSecond(syntax.taggingSeconds)) words/s; "
      out += "POS + lemmas + parse: \(result.wordsPerSecond(syntax.seconds)) words/s "
      out += "(\(String(format2: syntax.seconds)) s); "
      out += "models \(syntax.residentBytes / Self.megabyte) MB resident (parser tables "
      out +=
        "\(syntax.parserTableBytes / Self.megabyte) MB, POS tables \(syntax.taggerTableBytes / Self.megabyte) MB)\n"
    }
    if let seconds = result.trainingSeconds {
      out += "POS training (stacked, \(ModelBenchmark.trainingFolds) folds, \(ModelBenchmark.trainingRuns) runs): "
      out += "\(String(format2: seconds)) s\n"
    }
    return out
  }

  /// The same as one JSON object (no final newline).
  package static func json(_ result: ModelBenchmarkResult) -> [UInt8] {
    var writer = JSONWriter(pretty: true)
    writer.beginObject()
    writer.key("tokens")
    writer.integer(result.tokens)
    writer.key("sentences")
    writer.integer(result.sentences)
    writer.key("models")
    writer.beginObject()
    for model in result.models {
      BenchmarkJSON.stage(
        &writer, name: model.name, describedBy: "kind", description: model.kind,
        wordsPerSecond: result.wordsPerSecond(model.seconds), seconds: model.seconds)
    }
    writer.endObject()
    writer.key("pos_and_entities_words_per_second")
    writer.integer(result.wordsPerSecond(result.posAndEntitiesSeconds))
    if let syntax = result.syntax {
      writer.key("pos_lemmas_parse")
      writer.beginObject()
      writer.key("words_per_second")
      writer.integer(result.wordsPerSecond(syntax.seconds))
      writer.key("seconds")
      writer.double(syntax.seconds)
      writer.key("pos_lemmas_words_per_second")
      writer.integer(result.wordsPerSecond(syntax.taggingSeconds))
      writer.key("resident_bytes")
      writer.integer(syntax.residentBytes)
      writer.key("parser_table_bytes")
      writer.integer(syntax.parserTableBytes)
      writer.key("pos_table_bytes")
      writer.integer(syntax.taggerTableBytes)
      writer.endObject()
    }
    if let seconds = result.trainingSeconds {
      writer.key("pos_training_seconds")
      writer.double(seconds)
    }
    writer.endObject()
    return writer.takeBytes()
  }
}
