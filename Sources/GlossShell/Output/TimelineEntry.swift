import GlossCore

/// A time span placed on a timeline: its normalized TIMEX3 value and the
/// sentence it comes from.
public struct TimelineEntry: Sendable {
  /// The document.
  var document: String
  /// The span.
  var span: Span
  /// The TIMEX3 value (`value` attribute), or `?` when missing.
  var value: String
  /// The text it covers.
  var text: String
  /// The sentence it comes from, on one line.
  var sentence: String

  /// Whether it names a point in time (a DATE or TIME with a value) rather
  /// than a duration or a set.
  var isDated: Bool { (span.label == "DATE" || span.label == "TIME") && value.first?.isNumber == true }

  /// The entries for the time spans `spans(document)` gives, dated ones
  /// first in order of value, then the rest by value; ties by document and offset.
  static func entries<Failure: Error>(
    _ documents: [Document], spans: (Document) throws(Failure) -> [Span]
  ) throws(Failure) -> [TimelineEntry] {
    var entries: [TimelineEntry] = []
    let tokenizer = Tokenizer()
    for document in documents {
      let timeSpans = try spans(document)
      guard !timeSpans.isEmpty else { continue }
      let sentences = tokenizer.tokenize(document.text).sentences
      for span in timeSpans {
        let sentence = sentences.first { $0.lowerBound <= span.start && span.start < $0.upperBound } ?? span.range
        let range = min(sentence.lowerBound, span.start)..<max(sentence.upperBound, span.end)
        entries.append(
          TimelineEntry(
            document: document.id, span: span, value: span.attributes["value"] ?? "?",
            text: document.text.text(in: span.range), sentence: SpanRendering.oneLine(document.text.text(in: range))))
      }
    }
    return entries.sorted {
      ($0.isDated ? 0 : 1, $0.value, $0.document, $0.span.start) < (
        $1.isDated ? 0 : 1, $1.value, $1.document, $1.span.start
      )
    }
  }
}
