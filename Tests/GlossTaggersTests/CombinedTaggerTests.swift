import GlossCore
import GlossTestSupport
import Testing

@testable import GlossTaggers

private struct Proposing: Tagger {
  var name: String
  var layers = ["entity"]
  var proposals: [SpanSuggestion]
  func suggestions(in context: TaggingContext) -> [SpanSuggestion] { proposals }
}

@Suite struct CombinedTaggerTests {
  @Test func higherPriorityWinsOverlapsOnTheSameLayerOnly() {
    let first = Proposing(
      name: "tagger:a@1", proposals: [SpanSuggestion(layer: "entity", label: "PERSON", range: 0..<5)])
    let second = Proposing(
      name: "tagger:b@1", layers: ["entity", "clause"],
      proposals: [
        SpanSuggestion(layer: "entity", label: "ORG", range: 3..<8),  // overlaps a's: dropped
        SpanSuggestion(layer: "entity", label: "GPE", range: 10..<13),
        SpanSuggestion(layer: "clause", label: "MAIN", range: 0..<5),
        SpanSuggestion(layer: "entity", label: "GPE", range: 11..<13),  // nests in its own: kept
      ])
    let combined = CombinedTagger([first, second])
    let found = combined.attributedSuggestions(
      in: TaggingContext(documentID: "d", text: SourceText("Putin met Kim in Pyongyang.")))
    #expect(found.map(\.tagger) == ["tagger:a@1", "tagger:b@1", "tagger:b@1", "tagger:b@1"])
    #expect(found.map(\.suggestion.range) == [0..<5, 0..<5, 10..<13, 11..<13])
    #expect(combined.layers == ["entity", "clause"])
    #expect(combined.name == "tagger:a@1+tagger:b@1")
  }

  @Test func standardTaggersCoverTimeAndRejectUnknownLayers() throws {
    #expect(StandardTaggers.layers.contains("time"))
    #expect(try StandardTaggers.tagger(layers: ["time"]).taggers.map(\.name) == ["tagger:time@1"])
    #expect(throws: TaggerSelectionError.self) { try StandardTaggers.tagger(layers: ["colour"]) }
  }

  @Test func combinedRunStagesEachTaggersShareUnderItsNameAsOneUndoStep() throws {
    let folder = try TemporaryCorpus(["d": "Putin met Kim in 1996.\n"])
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    let people = Proposing(
      name: "tagger:people@1", proposals: [SpanSuggestion(layer: "entity", label: "PERSON", range: 0..<5)])
    let outcome = try TaggingRun.tag("d", with: CombinedTagger([people, TimeTagger()]), in: &session)
    #expect(outcome.added == 2)
    let spans = try session.annotations(for: "d").spans
    #expect(spans.map(\.annotator) == ["tagger:people@1", "tagger:time@1"])
    #expect(spans.allSatisfy { $0.status == .suggested })
    #expect(session.undoableSteps.count == 1)
    _ = session.undo()
    #expect(try session.annotations(for: "d").spans.isEmpty)
  }
}

extension CombinedTaggerTests {
  @Test func aYearInsideANameIsNoTimeExpression() throws {
    let text = SourceText("The startup showed its robot at CES 2026 in January 2026.")
    let found = try StandardTaggers.tagger(layers: ["entity", "time"])
      .suggestions(in: TaggingContext(documentID: "t", text: text))
    #expect(found.filter { $0.layer == "time" }.map { text.text(in: $0.range) } == ["January 2026"])
    #expect(found.filter { $0.layer == "entity" }.map { text.text(in: $0.range) } == ["CES 2026"])
  }
}

extension CombinedTaggerTests {
  @Test func aRangeCoverFindsTheOuterOfNestedRanges() {
    let cover = RangeCover([10..<20, 0..<50, 60..<70])
    #expect(cover.covers(12..<18) && cover.covers(30..<45) && cover.covers(60..<70))
    #expect(!cover.covers(45..<55) && !cover.covers(65..<75) && !cover.covers(80..<81))
    #expect(RangeCover([]).isEmpty)
  }
}
