import ArgumentParser
import GlossCore

/// `gloss diff`: the span changes between two revisions.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show the span changes between two revisions (to the newest by default).",
    discussion: """
      Examples:
        gloss diff 3 5
        gloss diff 0          # everything ever annotated
        gloss diff 4 --doc 002_721a65e19f26592e
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: "The earlier revision (0: before any commit).") var from: Int
  @Argument(help: "The later revision (default: the newest).") var to: Int?
  @Option(name: .customLong("doc"), help: "Only this document.") var document: String?
  @Option(help: "Colour: auto, always or never.") var color: Style.Choice = .auto

  func run() throws {
    try reporting {
      let session = try corpus.session()
      let target = try to ?? session.store.headRevision()
      let style = Style(color)
      var printed = false
      for (id, changes) in try session.store.diff(from: from, to: target) where document == nil || document == id {
        let text = session.corpus.document(id)?.text
        print(style.bold("\(id)  (\(from) → \(target))"))
        for change in changes {
          print(Self.describe(change, text: text, style: style))
        }
        printed = true
      }
      if !printed { print("no span changes between revisions \(from) and \(target)") }
    }
  }

  /// One line for a change: `+` added, `-` removed, `~` changed.
  static func describe(_ change: SpanChange, text: SourceText?, style: Style) -> String {
    func show(_ span: Span) -> String {
      let covered = text.flatMap { span.end <= $0.scalarCount ? $0.text(in: span.range) : nil } ?? ""
      let attributes = span.attributes.keys.sorted().map { " \($0)=\(span.attributes[$0]!)" }.joined()
      return "\(span.id) \(span.qualifiedLabel) [\(span.start), \(span.end)) \(span.status.rawValue)\(attributes) "
        + "'\(SpanRendering.oneLine(covered))'"
    }
    switch change {
    case .add(let span): return style.green("+ " + show(span))
    case .remove(let span): return style.red("- " + show(span))
    case .update(let before, let after):
      return style.yellow("~ " + show(before)) + "\n" + style.yellow("  → " + show(after))
    }
  }
}
