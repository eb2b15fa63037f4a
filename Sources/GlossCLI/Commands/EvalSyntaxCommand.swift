import ArgumentParser
import GlossEvaluation
import GlossShell
import GlossTaggers

/// `gloss eval syntax`: the shipped tagger, lemmatizer and parser on gold CoNLL-U.
struct EvalSyntaxCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "syntax",
    abstract: "Score tags, lemmas and parses (UPOS, lemmas, UAS, LAS; punctuation included) on a CoNLL-U treebank.")

  @Argument(help: ArgumentHelp("The gold CoNLL-U file.", valueName: "file.conllu")) var file: String
  @Option(help: "The parser model file.") var model: String?
  @Flag(help: "Print JSON for machines.") var json = false

  func run() throws {
    try reporting {
      let report = try SyntaxEvaluation.evaluate(try SyntaxPipeline.shipped(parser: model), conlluAt: file)
      let parser = model ?? ModelCatalog.parser
      if json { return Console.writeJSONLine(SyntaxEvaluationReport.json(report, file: file, parser: parser)) }
      print(SyntaxEvaluationReport.text(report, file: file, parser: parser), terminator: "")
    }
  }
}
