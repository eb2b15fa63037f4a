import ArgumentParser
import GlossCore
import GlossShell

/// Which spans of a document a command acts on: by id, or by the text or
/// offsets they cover, optionally narrowed to a layer or label.
struct SpanSelectionOptions: ParsableArguments {
  @Argument(help: ArgumentHelp("The ids of the spans (as `gloss show` lists them, e.g. s12).", valueName: "span-id"))
  var spanIDs: [String] = []

  @OptionGroup(title: "Select by text or offsets")
  var place: TextSelectionOptions

  @Option(
    name: .customLong("layer"),
    help: ArgumentHelp("Only spans on this layer, or with this layer:LABEL.", valueName: "layer[:LABEL]"))
  var layerFilter: String?

  func validate() throws {
    if spanIDs.isEmpty && !place.isGiven {
      throw ValidationError("name the spans by id, or select them with --text or --start/--end")
    }
    if !spanIDs.isEmpty && place.isGiven {
      throw ValidationError("give span ids or --text/--start/--end, not both")
    }
  }

  /// The ids of the selected spans in document `id`.
  func spanIDs(in session: inout AnnotationSession, document id: String) throws -> [String] {
    if !spanIDs.isEmpty { return spanIDs }
    let annotations = try session.annotations(for: id)
    var spansByRange: [Range<Int>: [Span]] = [:]
    for span in annotations.spans where layerFilter.map({ $0 == span.layer || $0 == span.qualifiedLabel }) ?? true {
      spansByRange[span.range, default: []].append(span)
    }
    var selected: [String] = []
    for range in try place.ranges(in: session, document: id) {
      let matches = spansByRange[range] ?? []
      if matches.isEmpty {
        throw CLIFailure(
          "no span\(layerFilter.map { " on \($0)" } ?? "") covers exactly [\(range.lowerBound), \(range.upperBound)) in '\(id)'; "
            + "`gloss show \(id)` lists its spans")
      }
      if matches.count > 1 {
        let names = matches.map { "\($0.id) \($0.qualifiedLabel)" }.joined(separator: ", ")
        throw CLIFailure(
          "\(matches.count) spans cover [\(range.lowerBound), \(range.upperBound)): \(names); "
            + "narrow with --layer or name the span by id")
      }
      selected.append(matches[0].id)
    }
    return selected
  }
}
