import ArgumentParser
import GlossCore
import GlossEvaluation
import GlossShell
import GlossTaggers

/// `gloss eval pos`: UPOS accuracy of a part-of-speech model on CoNLL-U.
struct EvalPOSCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pos",
    abstract: "Score a part-of-speech model (UPOS accuracy) against a CoNLL-U treebank.",
    discussion: """
      Tags the gold words of every sentence (gold tokenization) with the model
      (the shipped Models/pos-en-ewt.glossmodel unless --model is given).

      Example:
        gloss eval pos Data/ud-english-ewt/en_ewt-ud-test.conllu --json
      """)

  @Argument(help: ArgumentHelp("The gold CoNLL-U file.", valueName: "file.conllu")) var file: String
  @Option(help: "The model file.") var model: String?
  @Flag(help: "Print JSON for machines.") var json = false

  func run() throws {
    try reporting {
      let path = try ModelCatalog.resolve(model, shipped: ModelCatalog.partOfSpeech)
      let loaded = try SequenceModel(contentsOfFile: path)
      let report = try PartOfSpeechEvaluation.evaluate(loaded, conlluAt: file)
      if json {
        var writer = JSONWriter(pretty: true)
        writer.beginObject()
        EvalJSON.data(&writer, file: file, source: report.data)
        EvalJSON.model(&writer, path: path, model: loaded)
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
        Console.writeJSONLine(&writer)
      } else {
        print("data:      \(file) (\(report.data.sentences) sentences, \(report.words) words)")
        print("model:     \(path)")
        print("accuracy:  \(String(format2: report.accuracy * 100))% (\(report.correct)/\(report.words))")
      }
    }
  }
}
