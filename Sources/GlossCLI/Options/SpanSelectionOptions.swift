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
    let ranges = try place.ranges(in: session, document: id)
    return try SpanSelection.spanIDs(covering: ranges, filter: layerFilter, in: &session, document: id)
  }
}
