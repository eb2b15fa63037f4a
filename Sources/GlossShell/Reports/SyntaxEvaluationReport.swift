import GlossCore
import GlossEvaluation
import GlossTaggers

/// The report of `gloss eval syntax`: UPOS and lemma accuracy, UAS and
/// LAS (every word, punctuation included) and words per second.
package enum SyntaxEvaluationReport {
  /// The column the figures start at.
  private static let labelWidth = 9

  /// The report as lines of text.
  package static func text(_ report: SyntaxEvaluation, file: String, parser: String) -> String {
    func line(_ name: String, _ share: Double, _ count: Int) -> String {
      let label = name + ":"
      return label + String(repeating: " ", count: max(1, labelWidth - label.count))
        + "\(String(format2: share * 100))% (\(count)/\(report.words))\n"
    }
    return "data:    \(file) (\(report.data.sentences) sentences, \(report.words) words; gold tokenization)\n"
      + "parser:  \(parser)\n" + line("UPOS", report.tagAccuracy, report.correctTags)
      + line("lemmas", report.lemmaAccuracy, report.correctLemmas)
      + line("UAS", report.unlabeledAttachment, report.correctHeads)
      + line("LAS", report.labeledAttachment, report.correctArcs)
      + "speed:   \(Int(report.wordsPerSecond)) words/s (tag + lemmatize + parse, one thread)\n"
      + "Every word is scored, punctuation included (as the CoNLL 2018 shared task).\n"
  }

  /// The report as one JSON object.
  package static func json(_ report: SyntaxEvaluation, file: String, parser: String) -> [UInt8] {
    var writer = JSONWriter()
    writer.beginObject()
    EvalJSON.data(&writer, file: file, source: report.data)
    writer.key("parser")
    writer.string(parser)
    writer.key("words")
    writer.integer(report.words)
    for (key, value) in [
      ("upos", report.tagAccuracy), ("lemmas", report.lemmaAccuracy), ("uas", report.unlabeledAttachment),
      ("las", report.labeledAttachment),
    ] {
      writer.key(key)
      writer.double(value)
    }
    writer.key("punctuation_included")
    writer.bool(true)
    writer.key("words_per_second")
    writer.integer(Int(report.wordsPerSecond))
    writer.endObject()
    return writer.takeBytes()
  }
}
