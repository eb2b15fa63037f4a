import ArgumentParser
import GlossCore
import GlossShell

/// `gloss add`: annotate a span by offsets or by quoted text, and commit it.
struct AddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add a span, by offsets or by quoted text, and commit it.",
    discussion: """
      Examples:
        gloss add 002_721a65e19f26592e entity:PERSON --text "Vladimir Putin"
        gloss add 003_6658ac4e4684006a time:DATE --text "June 2024" --attr value=2024-06
        gloss add 002_721a65e19f26592e entity:GPE --text "North Korea" --all -m "North Korea, everywhere"
        gloss add 000_4cd8ae22b0588f7c entity:GPE --start 0 --end 6
      """)

  @OptionGroup var corpus: CorpusOptions

  @Argument(help: ArgumentHelp("The document id (see `gloss docs`).", valueName: "doc"))
  var document: String

  @Argument(help: ArgumentHelp("The span's layer and label, e.g. entity:PERSON.", valueName: "layer:LABEL"))
  var label: LabelArgument

  @OptionGroup(title: "Where")
  var place: TextSelectionOptions

  @Option(
    name: .customLong("attr"),
    help: ArgumentHelp("An attribute, e.g. value=2024-06 (repeatable).", valueName: "key=value"))
  var attributes: [AttributeArgument] = []

  @Flag(help: "Add as a suggestion to review instead of an accepted span.")
  var suggested = false

  @Option(name: [.short, .long], help: "The commit message.")
  var message: String?

  func validate() throws {
    if !place.isGiven { throw ValidationError("say where: --text \"…\" or --start N --end M") }
  }

  func run() throws {
    try reporting {
      var session = try corpus.session()
      let ranges = try place.ranges(in: session, document: document)
      let attributeMap = Dictionary(attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
      let added = try session.group("add") { session throws(StoreError) in
        try session.add(
          to: document, layer: label.layer, label: label.label, ranges: ranges, attributes: attributeMap,
          status: suggested ? .suggested : .accepted)
      }
      let text = try session.document(document).text
      let summary =
        added.count == 1
        ? "add \(label.layer):\(label.label) '\(text.text(in: added[0].range))' to \(document)"
        : "add \(added.count) \(label.layer):\(label.label) spans to \(document)"
      let revision = try session.commit(message: message ?? summary)
      for span in added {
        print("\(span.id)  \(span.qualifiedLabel)  [\(span.start), \(span.end))  \(text.text(in: span.range))")
      }
      print("committed revision \(revision.number): \(revision.message)")
    }
  }
}
