import ArgumentParser
import GlossCore
import GlossShell

/// `gloss relabel`: change the layer and label of spans and commit.
struct RelabelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "relabel",
    abstract: "Change the layer:LABEL of spans and commit.",
    discussion: """
      Examples:
        gloss relabel 002_721a65e19f26592e s7 --to entity:NORP
        gloss relabel 003_6658ac4e4684006a --text "State Duma" --to entity:ORG
        gloss relabel 003_6658ac4e4684006a s4 --to time:DURATION --attr value=P4Y
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: ArgumentHelp("The document id.", valueName: "doc")) var document: String
  @OptionGroup var selection: SpanSelectionOptions
  @Option(help: ArgumentHelp("The new layer:LABEL.", valueName: "layer:LABEL")) var to: LabelArgument
  @Option(name: .customLong("attr"), help: ArgumentHelp("Set an attribute (key= removes it).", valueName: "key=value"))
  var attributes: [AttributeArgument] = []
  @Option(name: [.short, .long], help: "The commit message.") var message: String?

  func run() throws {
    try editSpans(corpus, document, selection, message: message, verb: "relabel as \(to.layer):\(to.label)") {
      session, ids throws(StoreError) in
      try session.relabel(
        in: document, spanIDs: ids, layer: to.layer, label: to.label,
        attributes: attributes.map { ($0.name, $0.value.isEmpty ? nil : $0.value) })
    }
  }
}
