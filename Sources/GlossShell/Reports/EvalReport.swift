import GlossCore
import GlossEvaluation

/// The renderings of a tagger evaluation.
public enum EvalReport {
  private static func percent(_ value: Double) -> String {
    let scaled = (value * 1000).rounded() / 10
    return String(scaled)
  }

  /// What `gloss eval` prints: the JSON object and a line break, or the
  /// tables of ``text(_:folder:tagger:)``.
  public static func output(_ evaluation: SpanEvaluation, folder: String, tagger: String, json: Bool) -> [UInt8] {
    guard json else { return Array(text(evaluation, folder: folder, tagger: tagger).utf8) }
    return Self.json(evaluation, folder: folder, tagger: tagger) + [UInt8(ascii: "\n")]
  }

  /// A table per layer and label, and the TIMEX3 agreement.
  public static func text(_ evaluation: SpanEvaluation, folder: String, tagger: String) -> String {
    var out = "gold:    \(folder) (\(evaluation.documents) document\(evaluation.documents == 1 ? "" : "s"))\n"
    out += "taggers: \(tagger)\n\n"
    var table = TextTable(
      [
        "layer", "label", "gold", "predicted", "exact P", "exact R", "exact F1", "overlap P", "overlap R", "overlap F1",
      ],
      alignments: [.left, .left, .right, .right, .right, .right, .right, .right, .right, .right])
    func row(_ layer: String, _ label: String, _ score: SpanScore) -> [String] {
      [
        layer, label, String(score.exact.gold), String(score.exact.predicted), percent(score.exact.precision),
        percent(score.exact.recall), percent(score.exact.f1), percent(score.overlap.precision),
        percent(score.overlap.recall), percent(score.overlap.f1),
      ]
    }
    for layer in evaluation.layers.keys.sorted() {
      let score = evaluation.layers[layer]!
      table.rows.append(row(layer, "(all)", score.total))
      for label in score.labels.keys.sorted() { table.rows.append(row(layer, label, score.labels[label]!)) }
    }
    out += table.render()
    if !out.hasSuffix("\n") { out += "\n" }
    if evaluation.layers["time"] != nil {
      let timex = evaluation.timex
      out +=
        "\nTIMEX3 on \(timex.matched) matched time span\(timex.matched == 1 ? "" : "s"): "
        + "type \(percent(timex.typeAccuracy))%, value \(percent(timex.valueAccuracy))%, "
        + "type+value \(percent(timex.typeAndValueAccuracy))%\n"
    }
    return out
  }

  /// The same as one JSON object.
  package static func json(_ evaluation: SpanEvaluation, folder: String, tagger: String) -> [UInt8] {
    var writer = JSONWriter(pretty: true)
    func boundary(_ name: String, _ score: BoundaryScore) {
      writer.key(name)
      EvalJSON.score(&writer, score)
    }
    func spanScore(_ name: String, _ score: SpanScore) {
      writer.key(name)
      writer.beginObject()
      boundary("exact", score.exact)
      boundary("overlap", score.overlap)
      writer.endObject()
    }
    writer.beginObject()
    writer.key("data")
    writer.beginObject()
    writer.key("folder")
    writer.string(folder)
    writer.key("documents")
    writer.integer(evaluation.documents)
    writer.key("taggers")
    writer.string(tagger)
    writer.endObject()
    writer.key("layers")
    writer.beginObject()
    for layer in evaluation.layers.keys.sorted() {
      let score = evaluation.layers[layer]!
      writer.key(layer)
      writer.beginObject()
      spanScore("total", score.total)
      writer.key("labels")
      writer.beginObject()
      for label in score.labels.keys.sorted() { spanScore(label, score.labels[label]!) }
      writer.endObject()
      writer.endObject()
    }
    writer.endObject()
    if evaluation.layers["time"] != nil {
      let timex = evaluation.timex
      writer.key("timex")
      writer.beginObject()
      writer.key("matched")
      writer.integer(timex.matched)
      writer.key("type_accuracy")
      writer.double(timex.typeAccuracy)
      writer.key("value_accuracy")
      writer.double(timex.valueAccuracy)
      writer.key("type_value_accuracy")
      writer.double(timex.typeAndValueAccuracy)
      writer.endObject()
    }
    writer.endObject()
    return writer.takeBytes()
  }
}
