import ArgumentParser
import GlossCore

/// `gloss sentences`: the sentence splitter's sentences with offsets.
struct SentencesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sentences",
    abstract: "Print a document's sentences with their offsets.",
    discussion: """
      Example:
        gloss sentences 003_6658ac4e4684006a
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: ArgumentHelp("The document id.", valueName: "doc")) var document: String

  func run() throws {
    try reporting {
      let session = try corpus.session()
      let text = try session.document(document).text
      var table = TextTable(["#", "start", "end", "sentence"], alignments: [.right, .right, .right, .left])
      for (index, sentence) in Tokenizer().tokenize(text).sentences.enumerated() {
        table.append([
          String(index + 1), String(sentence.lowerBound), String(sentence.upperBound),
          SpanRendering.oneLine(text.text(in: sentence)),
        ])
      }
      print(table.render(style: Style()), terminator: "")
    }
  }
}
