import GlossCore
import GlossEvaluation
import GlossTaggers

/// The report of `gloss eval pos`: the data, the model and the UPOS accuracy.
package enum PartOfSpeechEvaluationReport {
  /// The report as lines of text.
  package static func text(_ report: PartOfSpeechEvaluation, file: String, modelPath: String) -> String {
    "data:      \(file) (\(report.data.sentences) sentences, \(report.words) words)\n" + "model:     \(modelPath)\n"
      + "accuracy:  \(String(format2: report.accuracy * 100))% (\(report.correct)/\(report.words))\n"
  }

  /// The report as one JSON object (pretty-printed).
  package static func json(_ report: PartOfSpeechEvaluation, file: String, modelPath: String, model: SequenceModel)
    -> [UInt8]
  {
    var writer = JSONWriter(pretty: true)
    writer.beginObject()
    EvalJSON.data(&writer, file: file, source: report.data)
    EvalJSON.model(&writer, path: modelPath, model: model)
    writer.key("pos")
    writer.beginObject()
    writer.key("words")
    writer.integer(report.words)
    writer.key("correct")
    writer.integer(report.correct)
    writer.key("accuracy")
    writer.double(report.accuracy)
    writer.key("words_per_second")
    writer.integer(report.seconds > 0 ? Int(Double(report.words) / report.seconds) : 0)
    writer.endObject()
    writer.endObject()
    return writer.takeBytes()
  }
}
