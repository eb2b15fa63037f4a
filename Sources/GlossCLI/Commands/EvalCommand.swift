import ArgumentParser
import GlossCore
import GlossEvaluation

/// `gloss eval`: measure Gloss's text processing against gold data.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Measure quality against gold data.",
    subcommands: [EvalTokenizerCommand.self, EvalPOSCommand.self, EvalEntitiesCommand.self])
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
        gloss eval tokenizer ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu --json
      """)

  @Argument(help: ArgumentHelp("The gold CoNLL-U file.", valueName: "file.conllu")) var file: String
  @Flag(help: "Print JSON for machines.") var json = false
  @Option(help: "How many example errors to list.") var examples: Int = 10

  func run() throws {
    try reporting {
      let report = try TokenizationEvaluation.evaluate(conlluAt: file)
      if json {
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
        writer.endObject()
        var bytes = writer.takeBytes()
        bytes.append(UInt8(ascii: "\n"))
        Console.writeOutput(bytes)
      } else {
        print("data:       \(file) (\(report.textScalarCount) characters)")
        print("tokens:     \(report.tokens)")
        print("sentences:  \(report.sentences)")
        let shown = report.examples.prefix(examples)
        if !shown.isEmpty {
          print("\nexample errors:")
          for example in shown { print("  \(example)") }
        }
      }
    }
  }
}
