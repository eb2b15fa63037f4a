import ArgumentParser
import GlossShell

/// `gloss attr`: set or remove attributes of spans and commit.
struct AttrCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "attr", abstract: "Set attributes of spans (KEY= removes one), checked by the scheme, and commit.",
    discussion: """
      DOC, the spans (ids, or the text they cover), then KEY=VALUE… Examples:
        gloss attr 003_6658ac4e4684006a s4 value=2025-03-11TMO mod=
        gloss attr 003_6658ac4e4684006a "over two years" value=P2Y mod=MORE_THAN
      """)

  @OptionGroup var corpus: CorpusOptions
  @Option(name: [.short, .long], help: "The commit message.") var message: String?
  @Argument(help: ArgumentHelp(valueName: "words")) var words: [String] = []

  func run() throws { try runShell(corpus, ["attr"] + words, message: message) }
}
