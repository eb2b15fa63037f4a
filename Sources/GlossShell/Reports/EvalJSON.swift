import GlossCore
import GlossEvaluation
import GlossTaggers

/// JSON pieces shared by the `gloss eval` commands of learned models.
package enum EvalJSON {
  /// Writes `"data"`: the file measured on and its digest and size.
  package static func data(_ writer: inout JSONWriter, file: String, source: TrainingProvenance.Source) {
    writer.key("data")
    writer.beginObject()
    writer.key("file")
    writer.string(file)
    writer.key("sha256")
    writer.string(source.sha256)
    writer.key("sentences")
    writer.integer(source.sentences)
    writer.key("tokens")
    writer.integer(source.tokens)
    writer.endObject()
  }

  /// Writes `"model"`: the model file, its kind and what it was trained on.
  package static func model(_ writer: inout JSONWriter, path: String, model: SequenceModel) {
    writer.key("model")
    writer.beginObject()
    writer.key("file")
    writer.string(path)
    writer.key("kind")
    writer.string(model.kind)
    writer.key("trained_on")
    writer.beginArray()
    for source in model.provenance.sources {
      writer.string(source.name + (source.revision.map { "@\($0)" } ?? ""))
    }
    writer.endArray()
    writer.endObject()
  }

  /// Writes one boundary score as an object of counts and rates.
  package static func score(_ writer: inout JSONWriter, _ score: BoundaryScore) {
    writer.beginObject()
    writer.key("gold")
    writer.integer(score.gold)
    writer.key("predicted")
    writer.integer(score.predicted)
    writer.key("correct")
    writer.integer(score.correct)
    writer.key("precision")
    writer.double(score.precision)
    writer.key("recall")
    writer.double(score.recall)
    writer.key("f1")
    writer.double(score.f1)
    writer.endObject()
  }

  /// Writes one score per type, as an object keyed by type in sorted order.
  package static func scores(_ writer: inout JSONWriter, _ scores: [String: BoundaryScore]) {
    writer.beginObject()
    for (type, typeScore) in scores.sorted(by: { $0.key < $1.key }) {
      writer.key(type)
      score(&writer, typeScore)
    }
    writer.endObject()
  }
}
