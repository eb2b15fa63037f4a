import ArgumentParser
import GlossShell

/// `gloss resize`: give a span a new extent (keeping its id, label, attributes, status) and commit.
struct ResizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resize", abstract: "Give a span a new extent, keeping everything else, and commit.",
    discussion: """
      After DOC SPAN: offsets, the text to cover (#N: its N-th occurrence), or
      moves of the start and end edges by whole tokens (negative: left).
        gloss resize 002_721a65e19f26592e s3 120..134
        gloss resize 002_721a65e19f26592e s3 "Luiz Inácio Lula da Silva" '#2'
        gloss resize 002_721a65e19f26592e s3 -1 +2
      """)

  @OptionGroup var corpus: CorpusOptions
  @Option(name: [.short, .long], help: "The commit message.") var message: String?
  @Argument(parsing: .allUnrecognized, help: ArgumentHelp(valueName: "words")) var words: [String] = []

  func run() throws { try runShell(corpus, ["resize"] + words, message: message) }
}
