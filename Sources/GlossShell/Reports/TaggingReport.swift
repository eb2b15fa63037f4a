import GlossCore
import GlossTaggers

/// What `gloss tag` prints: by default one summary line, so that tagging a
/// hundred thousand documents does not print a hundred thousand lines; with
/// details, a table of what tagging changed in each document.
public struct TaggingReport: Sendable {
  /// Each document's outcome, in the order tagged.
  public private(set) var outcomes: [(document: String, outcome: TaggingRun.Outcome)] = []

  /// An empty report.
  public init() {}

  /// Records what tagging `document` changed.
  public mutating func add(_ document: String, _ outcome: TaggingRun.Outcome) {
    outcomes.append((document, outcome))
  }

  /// The totals over every document.
  public var total: TaggingRun.Outcome {
    outcomes.reduce(into: TaggingRun.Outcome()) { total, item in
      total.added += item.outcome.added
      total.withdrawn += item.outcome.withdrawn
      total.skipped += item.outcome.skipped
    }
  }

  /// `tagged 3 documents: 239 added, 0 withdrawn, 0 kept`.
  public var summary: String {
    let total = total
    let documents = outcomes.count == 1 ? "1 document" : "\(outcomes.count) documents"
    return "tagged \(documents): \(total.added) added, \(total.withdrawn) withdrawn, \(total.skipped) kept\n"
  }

  /// One row per document (`document`, `added`, `withdrawn`, `kept`), then
  /// the summary line.
  public func table(style: Style) -> String {
    var table = TextTable(["document", "added", "withdrawn", "kept"], alignments: [.left, .right, .right, .right])
    for (document, outcome) in outcomes {
      table.rows.append([document, String(outcome.added), String(outcome.withdrawn), String(outcome.skipped)])
    }
    var rendered = table.render(style: style)
    if !rendered.hasSuffix("\n") { rendered += "\n" }
    return rendered + summary
  }
}
