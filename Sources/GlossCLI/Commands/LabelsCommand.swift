import ArgumentParser
import GlossShell

/// `gloss labels`: the annotation scheme's layers, labels and attributes.
struct LabelsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "labels",
    abstract: "List the annotation scheme: layers, their labels and attributes (@name, * required).",
    discussion: """
      The built-in scheme (docs/annotation-scheme.md) with the corpus's
      scheme.json merged in.

      Examples:
        gloss labels
        gloss labels time
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: ArgumentHelp("Only this layer.", valueName: "layer")) var layer: String?

  func run() throws { try runShell(corpus, ["labels"] + (layer.map { [$0] } ?? []), commits: false) }
}
