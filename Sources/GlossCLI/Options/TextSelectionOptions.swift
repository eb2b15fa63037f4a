import ArgumentParser
import GlossCore
import GlossShell

/// Where in a document's text a command acts: explicit offsets, or the
/// occurrences of a quoted text.
struct TextSelectionOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Start offset, in Unicode scalars from the start of the text.", valueName: "offset"))
  var start: Int?

  @Option(help: ArgumentHelp("End offset (exclusive), in Unicode scalars.", valueName: "offset"))
  var end: Int?

  @Option(help: ArgumentHelp("Select by the exact text covered (case-sensitive).", valueName: "text"))
  var text: String?

  @Option(help: ArgumentHelp("With --text, the N-th occurrence (counting from 1).", valueName: "n"))
  var occurrence: Int?

  @Flag(help: "With --text, every occurrence.")
  var all = false

  /// Whether any selection was given.
  var isGiven: Bool { start != nil || end != nil || text != nil }

  func validate() throws {
    if text != nil && (start != nil || end != nil) {
      throw ValidationError("give either --text or --start/--end, not both")
    }
    if (start == nil) != (end == nil) {
      throw ValidationError("--start and --end go together")
    }
    if text == nil && (occurrence != nil || all) {
      throw ValidationError("--occurrence and --all select among the occurrences of --text")
    }
    if occurrence != nil && all {
      throw ValidationError("give either --occurrence or --all, not both")
    }
  }

  /// The scalar ranges selected in document `id` (a text found twice needs `--occurrence` or `--all`).
  func ranges(in session: AnnotationSession, document id: String) throws -> [Range<Int>] {
    if let start, let end {
      guard start < end else { throw ValidationError("--start must be less than --end") }
      return [start..<end]
    }
    guard let text else { return [] }
    return try SpanSelection.ranges(of: text, occurrence: occurrence, all: all, in: session, document: id)
  }
}
