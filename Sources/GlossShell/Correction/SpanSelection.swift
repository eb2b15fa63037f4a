import GlossCore

/// Where in a document the one-shot commands act, and which spans: the
/// checks behind `gloss add --text …` and `gloss remove --text … --layer …`.
public enum SpanSelection {
  /// The occurrences of `text` in document `id`: the `occurrence`-th, or
  /// all of them when `all`; a text found more than once needs one of the two.
  public static func ranges(
    of text: String, occurrence: Int?, all: Bool, in session: AnnotationSession, document id: String
  ) throws -> [Range<Int>] {
    let found = try session.ranges(of: text, in: id, occurrence: occurrence)
    if found.count > 1 && !all {
      let places = found.prefix(5).map { "[\($0.lowerBound), \($0.upperBound))" }.joined(separator: ", ")
      throw ExtentRequestError(
        "'\(text)' occurs \(found.count) times in '\(id)' (at \(places)\(found.count > 5 ? ", …" : "")); "
          + "pass --occurrence N to pick one or --all for every one")
    }
    return found
  }

  /// The ids of the spans that cover exactly each of `ranges`, on the layer
  /// or `layer:LABEL` `filter`: one per range, or an error naming the choices.
  public static func spanIDs(
    covering ranges: [Range<Int>], filter: String?, in session: inout AnnotationSession, document id: String
  ) throws -> [String] {
    var spansByRange: [Range<Int>: [Span]] = [:]
    for span in try session.annotations(for: id).spans
    where filter.map({ $0 == span.layer || $0 == span.qualifiedLabel }) ?? true {
      spansByRange[span.range, default: []].append(span)
    }
    return try ranges.map { range in
      let matches = spansByRange[range] ?? []
      let place = "[\(range.lowerBound), \(range.upperBound))"
      guard matches.count == 1 else {
        throw ExtentRequestError(
          matches.isEmpty
            ? "no span\(filter.map { " on \($0)" } ?? "") covers exactly \(place) in '\(id)'; `gloss show \(id)` lists its spans"
            : "\(matches.count) spans cover \(place): \(matches.map { "\($0.id) \($0.qualifiedLabel)" }.joined(separator: ", ")); "
              + "narrow with --layer or name the span by id")
      }
      return matches[0].id
    }
  }
}
