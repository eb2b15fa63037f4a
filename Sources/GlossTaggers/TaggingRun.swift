import GlossCore

/// Puts a tagger's suggestions into a session as `suggested` spans.
///
/// Reviewed spans are never touched: a suggestion is dropped when a span of
/// the same layer already covers the same range in any status (an accepted
/// one says it is done, a rejected one that it is wrong, and a suggestion a
/// person removed is kept as rejected), or when it would break its layer's
/// overlap policy. Earlier suggestions
/// of the same tagger that it no longer makes are removed, so re-tagging
/// never duplicates and never leaves stale suggestions behind.
public enum TaggingRun {
  /// What tagging one document changed.
  public struct Outcome: Sendable, Hashable {
    /// Suggestions added.
    public var added = 0
    /// Old suggestions of the same tagger withdrawn.
    public var withdrawn = 0
    /// Suggestions skipped because a span already covers the range, or
    /// because they would overlap a span as their layer forbids.
    public var skipped = 0

    /// Nothing changed.
    public init() {}
  }

  /// Tags `documentID` with `tagger` and stages the result in `session` as
  /// one undoable step.
  @discardableResult
  public static func tag(
    _ documentID: String, with tagger: some Tagger, in session: inout AnnotationSession
  ) throws(StoreError) -> Outcome {
    let document = try session.document(documentID)
    let suggestions = tagger.suggestions(in: TaggingContext(document))
    return try apply(suggestions, to: documentID, from: tagger.name, layers: Set(tagger.layers), in: &session)
  }

  /// Tags `documentID` with several taggers at once: their suggestions are
  /// merged by ``CombinedTagger``'s overlap rule and each tagger's share is
  /// staged under its own name, all as one undoable step.
  ///
  /// `syntax`, the document's syntax from the shipped models if already
  /// computed, spares the taggers that read the parse a second parse.
  @discardableResult
  public static func tag(
    _ documentID: String, with tagger: CombinedTagger, in session: inout AnnotationSession,
    syntax: DocumentSyntax? = nil
  ) throws(StoreError) -> Outcome {
    let document = try session.document(documentID)
    var context = TaggingContext(document)
    context.syntax = syntax
    let made = tagger.attributedSuggestions(in: context)
    return try session.group("tag \(documentID) with \(tagger.name)") { session throws(StoreError) in
      var total = Outcome()
      for member in tagger.taggers {
        let mine = made.filter { $0.tagger == member.name }.map(\.suggestion)
        let outcome = try apply(mine, to: documentID, from: member.name, layers: Set(member.layers), in: &session)
        total.added += outcome.added
        total.withdrawn += outcome.withdrawn
        total.skipped += outcome.skipped
      }
      return total
    }
  }

  /// Stages `suggestions` made by `annotator` for the given layers.
  public static func apply(
    _ suggestions: [SpanSuggestion], to documentID: String, from annotator: String, layers: Set<String>,
    in session: inout AnnotationSession
  ) throws(StoreError) -> Outcome {
    try session.group("tag \(documentID) with \(annotator)") { session throws(StoreError) in
      var outcome = Outcome()
      let existing = try session.annotations(for: documentID).spans
      let wanted = Set(suggestions.map { Key(layer: $0.layer, label: $0.label, range: $0.range) })
      // Withdraw this tagger's pending suggestions it no longer makes.
      let stale = existing.filter {
        $0.status == .suggested && $0.annotator == annotator && layers.contains($0.layer)
          && !wanted.contains(Key(layer: $0.layer, label: $0.label, range: $0.range))
      }
      if !stale.isEmpty {
        try session.withdraw(from: documentID, spanIDs: stale.map(\.id))
        outcome.withdrawn = stale.count
      }
      let staleIDs = Set(stale.map(\.id))
      var present = existing.filter { !staleIDs.contains($0.id) }
      let covered = Set(present.map { RangeKey(layer: $0.layer, range: $0.range) })
      var seen: Set<RangeKey> = []
      let scheme = session.corpus.scheme
      for suggestion in suggestions {
        let key = RangeKey(layer: suggestion.layer, range: suggestion.range)
        // A suggestion that would break its layer's overlap policy (crossing
        // a person's span, say) is skipped like one already there.
        let probe = Span(
          id: "", layer: suggestion.layer, label: suggestion.label, start: suggestion.range.lowerBound,
          end: suggestion.range.upperBound, annotator: annotator, status: .suggested)
        guard !covered.contains(key), seen.insert(key).inserted,
          scheme.overlapConflict(for: probe, among: present) == nil
        else {
          outcome.skipped += 1
          continue
        }
        present.append(
          try session.add(
            to: documentID, layer: suggestion.layer, label: suggestion.label, range: suggestion.range,
            attributes: suggestion.attributes, status: .suggested, annotator: annotator))
        outcome.added += 1
      }
      return outcome
    }
  }

  private struct Key: Hashable {
    var layer: String
    var label: String
    var range: Range<Int>
  }

  private struct RangeKey: Hashable {
    var layer: String
    var range: Range<Int>
  }
}
