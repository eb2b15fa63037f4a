import GlossCore
import GlossFormats
import GlossTaggers

/// Tagging one document a line in the project's JSON Lines shape: each
/// input line (`{"id", "text", "meta"}`) becomes the same document with its
/// suggested spans, and a line that does not parse becomes `{"id", "error"}`
/// naming where it failed, so a batch never stops at one bad line.
public struct JSONLinesTagging: Sendable {
  /// The taggers.
  public let tagger: CombinedTagger

  /// Tags with `tagger`.
  public init(tagger: CombinedTagger) {
    self.tagger = tagger
  }

  /// How errors name standard input.
  public static let inputName = "<stdin>"

  /// The output line for one input line, read from `location`.
  public func output(for line: [UInt8], at location: FileLocation) -> [UInt8] {
    let item: ExportDocument
    do {
      item = try ProjectJSONReader.document(line: line, at: location)
    } catch {
      return errorLine(id: Self.id(in: line), message: error.description)
    }
    let document = item.document
    let context = TaggingContext(document)
    var spans: [Span] = []
    for (number, made) in tagger.attributedSuggestions(in: context).enumerated() {
      let suggestion = made.suggestion
      spans.append(
        Span(
          id: "s\(number + 1)", layer: suggestion.layer, label: suggestion.label, start: suggestion.range.lowerBound,
          end: suggestion.range.upperBound, attributes: suggestion.attributes, annotator: made.tagger,
          status: .suggested))
    }
    var writer = ProjectJSONWriter(framing: .lines)
    return writer.write(ExportDocument(document: document, spans: spans))
  }

  private func errorLine(id: JSONValue, message: String) -> [UInt8] {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("id")
    writer.value(id)
    writer.key("error")
    writer.string(message)
    writer.endObject()
    return writer.takeBytes() + [UInt8(ascii: "\n")]
  }

  /// The id of a line that failed, if it parses that far.
  private static func id(in line: [UInt8]) -> JSONValue {
    guard let value = try? JSONParser.parse(line), let id = value["id"] else { return .null }
    switch id {
    case .string, .integer: return id
    default: return .null
    }
  }
}
