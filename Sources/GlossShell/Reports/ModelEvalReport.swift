import GlossCore
import GlossEvaluation
import GlossTaggers

/// What `gloss eval pos|entities|clauses` print: lines for a person, or one
/// JSON object (with `json`) naming the data, the model and the scores.
public enum ModelEvalReport {
  /// The report of a part-of-speech evaluation.
  public static func partOfSpeech(
    _ report: PartOfSpeechEvaluation, file: String, modelPath: String, model: SequenceModel, json: Bool
  ) -> String {
    guard json else {
      return lines([
        "data:      \(file) (\(report.data.sentences) sentences, \(report.words) words)",
        "model:     \(modelPath)",
        "accuracy:  \(String(format2: report.accuracy * 100))% (\(report.correct)/\(report.words))",
      ])
    }
    return object(file: file, source: report.data, modelPath: modelPath, model: model) { writer in
      writer.key("pos")
      writer.beginObject()
      writer.key("words")
      writer.integer(report.words)
      writer.key("correct")
      writer.integer(report.correct)
      writer.key("accuracy")
      writer.double(report.accuracy)
      writer.key("words_per_second")
      writer.integer(perSecond(report.words, report.seconds))
      writer.endObject()
    }
  }

  /// The report of an entity evaluation.
  public static func entities(
    _ report: EntityEvaluation, file: String, modelPath: String, model: SequenceModel, json: Bool
  ) -> String {
    guard json else {
      return lines(
        [
          "data:      \(file) (\(report.data.sentences) sentences, \(report.tokens) tokens)",
          "model:     \(modelPath)", "PER+ORG+LOC: \(report.headline)",
        ] + report.byType.keys.sorted().map { "  \($0): \(report.byType[$0]!)" })
    }
    return object(file: file, source: report.data, modelPath: modelPath, model: model) { writer in
      writer.key("entities")
      EvalJSON.score(&writer, report.headline)
      writer.key("tokens_per_second")
      writer.integer(perSecond(report.tokens, report.seconds))
      writer.key("by_type")
      EvalJSON.scores(&writer, report.byType)
    }
  }

  /// The report of a clause evaluation.
  public static func clauses(
    _ report: ClauseEvaluation, file: String, modelPath: String, model: SequenceModel, json: Bool
  ) -> String {
    guard json else {
      return lines(
        [
          "data:       \(file) (\(report.data.sentences) sentences, \(report.data.tokens) words)",
          "model:      \(modelPath)", "clauses:    \(report.labeled)", "unlabeled:  \(report.unlabeled)",
        ] + report.byType.keys.sorted().map { "  \($0): \(report.byType[$0]!)" })
    }
    return object(file: file, source: report.data, modelPath: modelPath, model: model) { writer in
      writer.key("clauses")
      EvalJSON.score(&writer, report.labeled)
      writer.key("unlabeled")
      EvalJSON.score(&writer, report.unlabeled)
      writer.key("by_type")
      EvalJSON.scores(&writer, report.byType)
    }
  }

  /// The report of a tokenizer evaluation, with at most `examples` example errors.
  public static func tokenizer(_ report: TokenizationReport, file: String, examples: Int, json: Bool) -> String {
    guard json else {
      let shown = report.examples.prefix(examples)
      return lines(
        [
          "data:       \(file) (\(report.textScalarCount) characters)", "tokens:     \(report.tokens)",
          "sentences:  \(report.sentences)",
        ] + (shown.isEmpty ? [] : ["", "example errors:"] + shown.map { "  \($0)" }))
    }
    var writer = JSONWriter(pretty: true)
    writer.beginObject()
    writer.key("data")
    writer.beginObject()
    writer.key("file")
    writer.string(file)
    writer.key("scalars")
    writer.integer(report.textScalarCount)
    writer.key("bytes")
    writer.integer(report.textByteCount)
    writer.endObject()
    for (name, score) in [("tokens", report.tokens), ("sentences", report.sentences)] {
      writer.key(name)
      EvalJSON.score(&writer, score)
    }
    writer.endObject()
    return String(decoding: writer.takeBytes(), as: UTF8.self) + "\n"
  }

  /// `count / seconds`, 0 when no time was measured.
  static func perSecond(_ count: Int, _ seconds: Double) -> Int {
    seconds > 0 ? Int(Double(count) / seconds) : 0
  }

  private static func lines(_ lines: [String]) -> String {
    lines.map { $0 + "\n" }.joined()
  }

  /// A pretty JSON object with `data`, `model` and what `body` adds, and a newline.
  private static func object(
    file: String, source: TrainingProvenance.Source, modelPath: String, model: SequenceModel,
    _ body: (inout JSONWriter) -> Void
  ) -> String {
    var writer = JSONWriter(pretty: true)
    writer.beginObject()
    EvalJSON.data(&writer, file: file, source: source)
    EvalJSON.model(&writer, path: modelPath, model: model)
    body(&writer)
    writer.endObject()
    return String(decoding: writer.takeBytes(), as: UTF8.self) + "\n"
  }
}
