import ArgumentParser
import GlossCore
import GlossEvaluation
import GlossShell
import GlossTaggers

/// `gloss eval`: measure Gloss's text processing against gold data.
///
/// `gloss eval DIR` scores the taggers (the default subcommand, `eval
/// taggers`); `gloss eval tokenizer FILE` scores the tokenizer.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Measure quality against gold data.",
    discussion: """
      Examples:
        gloss eval gold/                 # the taggers, on gold documents
        gloss eval gold/ --layers time --json
        gloss eval tokenizer Data/ud-english-ewt/en_ewt-ud-test.conllu
        gloss eval pos Data/ud-english-ewt/en_ewt-ud-test.conllu --json
        gloss eval entities Data/uner-english-ewt/en_ewt-ud-test.iob2 --json
      """,
    subcommands: [
      EvalTaggersCommand.self, EvalTokenizerCommand.self, EvalPOSCommand.self, EvalEntitiesCommand.self,
      EvalClausesCommand.self, EvalSyntaxCommand.self,
    ],
    defaultSubcommand: EvalTaggersCommand.self)
}

/// `gloss eval [taggers] DIR`: the taggers against gold documents.
struct EvalTaggersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "taggers",
    abstract: "Score the taggers against gold documents (the default: gloss eval DIR).",
    discussion: """
      The gold documents are the .json and .jsonl files of DIR in the
      project's export shape (`gloss export json` writes one): text,
      meta.dct and spans. Rejected gold spans are ignored. The taggers run on
      each text, and Gloss prints per layer and label precision, recall and
      F1 for exact span match (layer, label, start and end) and for overlap
      match (same label, overlapping), and for the time layer the TIMEX3 type
      and value accuracy on the predicted spans matched to gold spans.

      Examples:
        gloss export json -o gold/seeds.json && gloss eval gold/
        gloss eval gold/ --layers time --json
      """)

  @Argument(help: ArgumentHelp("The folder of gold JSON documents.", valueName: "dir"))
  var folder: String

  @Option(
    help: ArgumentHelp(
      "The layers to score, comma-separated (default: every layer with a tagger).", valueName: "layers"))
  var layers: String?

  @Flag(help: "Print JSON for machines.") var json = false

  @OptionGroup var learned: LearnedEntityOptions

  func run() throws {
    try reporting {
      let selected = layers.map { $0.split(separator: ",").map { String($0) } }
      let tagger = try learned.combined(with: StandardTaggers.tagger(layers: selected))
      let gold = try TaggerEvaluation.goldDocuments(inFolder: folder)
      let evaluation = TaggerEvaluation.evaluate(tagger, on: gold)
      Console.writeOutput(EvalReport.output(evaluation, folder: folder, tagger: tagger.name, json: json))
    }
  }
}

/// `gloss eval tokenizer`: token and sentence boundary F1 against CoNLL-U gold.
struct EvalTokenizerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tokenizer",
    abstract: "Score the tokenizer and sentence splitter against a CoNLL-U treebank.",
    discussion: """
      The raw text is rebuilt from the gold tokens (SpaceAfter=No honoured,
      sentences joined by a space, paragraphs and documents by a blank line),
      tokenized, and scored the CoNLL 2018 shared task way.

      Example:
        gloss eval tokenizer Data/ud-english-ewt/en_ewt-ud-test.conllu --json
      """)

  @Argument(help: ArgumentHelp("The gold CoNLL-U file.", valueName: "file.conllu")) var file: String
  @Flag(help: "Print JSON for machines.") var json = false
  @Option(help: "How many example errors to list.") var examples: Int = 10

  func run() throws {
    try reporting {
      guard examples >= 0 else { throw ValidationError("--examples takes a number of examples, 0 or more.") }
      let report = try TokenizationEvaluation.evaluate(conlluAt: file, maximumExamples: examples)
      Console.writeOutput(Array(ModelEvalReport.tokenizer(report, file: file, examples: examples, json: json).utf8))
    }
  }
}
