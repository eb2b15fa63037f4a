import GlossCore
import GlossTaggers
import GlossTestSupport
import Testing

/// A tagger that proposes fixed spans, to test the run's merge rules.
private struct FixedTagger: Tagger {
  var name = "tagger:fixed@1"
  var layers = ["entity"]
  var proposals: [SpanSuggestion]
  func suggestions(in context: TaggingContext) -> [SpanSuggestion] { proposals }
}

@Suite struct TaggingRunTests {
  @Test func reviewedSpansAreNeverTouchedAndRetaggingDoesNotDuplicate() throws {
    let folder = try TemporaryCorpus(["d": "Putin met Kim in Pyongyang.\n"])
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "d", layer: "entity", label: "PERSON", range: 0..<5)
    let rejected = try session.add(to: "d", layer: "entity", label: "GPE", range: 10..<13)
    try session.setStatus(in: "d", spanIDs: [rejected.id], to: .rejected)
    try session.commit(message: "reviewed")

    var tagger = FixedTagger(proposals: [
      SpanSuggestion(layer: "entity", label: "PERSON", range: 0..<5),
      SpanSuggestion(layer: "entity", label: "GPE", range: 10..<13),
      SpanSuggestion(layer: "entity", label: "GPE", range: 17..<26),
    ])
    var outcome = try TaggingRun.tag("d", with: tagger, in: &session)
    #expect(outcome.added == 1 && outcome.skipped == 2)
    outcome = try TaggingRun.tag("d", with: tagger, in: &session)
    #expect(outcome.added == 0 && outcome.skipped == 3)

    tagger.proposals = [SpanSuggestion(layer: "entity", label: "PERSON", range: 10..<13)]
    outcome = try TaggingRun.tag("d", with: tagger, in: &session)
    #expect(outcome.withdrawn == 1)
    let spans = try session.annotations(for: "d").spans
    #expect(spans.map(\.status) == [.accepted, .rejected])
    #expect(spans.map(\.annotator) == ["ana", "ana"])
  }
}
