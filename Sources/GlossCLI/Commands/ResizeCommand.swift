import ArgumentParser
import GlossShell

/// `gloss resize`: give a span a new extent and commit.
struct ResizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resize",
    abstract: "Give a span a new extent, keeping its id, label, attributes and status, and commit.",
    discussion: """
      The new extent is offsets, the text the span should cover (with #N for
      its N-th occurrence), or moves of its start and end edges by whole
      tokens (negative moves left). Options go before the document.
      Examples:
        gloss resize 002_721a65e19f26592e s3 120..134
        gloss resize 002_721a65e19f26592e s3 "Luiz Inácio Lula da Silva"
        gloss resize 002_721a65e19f26592e s3 +0 +2
        gloss resize 002_721a65e19f26592e s3 -1 +0
      """)

  @OptionGroup var corpus: CorpusOptions
  @Option(name: [.short, .long], help: "The commit message.") var message: String?
  @Argument(
    parsing: .captureForPassthrough,
    help: ArgumentHelp("DOC SPAN, then START..END, \"TEXT\" [#N], or two token moves (+0 +2).", valueName: "words"))
  var words: [String] = []

  func run() throws { try commitCorrection(corpus, ["resize"] + words, message: message) }
}
