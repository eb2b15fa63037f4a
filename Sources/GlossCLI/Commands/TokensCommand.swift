import ArgumentParser
import GlossCore
import GlossShell

/// `gloss tokens`: a document's tokens with their offsets.
struct TokensCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tokens",
    abstract: "Print a document's tokens with their offsets.",
    discussion: """
      Examples:
        gloss tokens 002_721a65e19f26592e
        gloss tokens 002_721a65e19f26592e --sentence 3
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: ArgumentHelp("The document id.", valueName: "doc")) var document: String
  @Option(help: "Only the tokens of the N-th sentence (counting from 1).") var sentence: Int?

  func run() throws {
    try reporting {
      let session = try corpus.session()
      let text = try session.document(document).text
      let tokenization = Tokenizer().tokenize(text)
      var tokens = tokenization.tokens
      if let sentence {
        guard let selected = CorpusViews.tokens(of: tokenization, sentence: sentence) else {
          throw CLIFailure(
            "'\(document)' has \(tokenization.sentences.count) sentences; there is no sentence \(sentence)")
        }
        tokens = selected
      }
      let table = CorpusViews.ranges(tokens, of: text, heading: "token")
      print(table.render(style: Style()), terminator: "")
    }
  }
}
