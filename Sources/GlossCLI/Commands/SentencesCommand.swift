import ArgumentParser
import GlossCore
import GlossShell

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
      let table = CorpusViews.ranges(Tokenizer().tokenize(text).sentences, of: text, heading: "sentence")
      print(table.render(style: Style()), terminator: "")
    }
  }
}
