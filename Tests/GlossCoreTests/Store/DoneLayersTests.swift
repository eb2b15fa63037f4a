import GlossCore
import GlossTestSupport
import Testing

/// The review state: layers marked done, versioned with the spans.
@Suite struct DoneLayersTests {
  static let text = "Russian President Vladimir Putin met Kim Jong Un in Pyongyang. Putin left.\n"

  private func corpus() throws -> TemporaryCorpus {
    try TemporaryCorpus(["news": Self.text, "other": "Nothing to see here.\n"])
  }

  @Test func markingDoneIsStagedUndoneByUndoAndListedAsAChange() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 18..<32)
    #expect(try session.markDone("news", layers: ["entity", "time"]) == ["entity", "time"])
    #expect(try session.annotations(for: "news").doneLayers == ["entity", "time"])
    let staged = session.stagedChanges.first { $0.documentID == "news" }?.changes ?? []
    #expect(staged.contains(.done(before: [], after: ["entity", "time"])))
    #expect(try session.markDone("news", layers: ["entity"]).isEmpty)  // already done: nothing staged
    #expect(session.undo() == "mark entity, time of news done")
    #expect(try session.annotations(for: "news").doneLayers.isEmpty)
    #expect(session.stagedChanges.flatMap(\.changes).count == 1)  // the span only
  }

  @Test func withoutLayersDoneTakesTheLayersWithSpansAndUndoneEveryDoneLayer() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 18..<32)
    try session.add(to: "news", layer: "clause", label: "MAIN", range: 0..<62)
    #expect(try session.markDone("news") == ["clause", "entity"])
    #expect(try session.markDone("news", done: false) == ["clause", "entity"])
    #expect(throws: StoreError.self) { try session.markDone("other") }  // no spans: name the layers
    #expect(try session.markDone("other", layers: ["entity"]) == ["entity"])
  }

  @Test func unknownLayersAndPendingSuggestionsAreRefused() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(
      to: "news", layer: "entity", label: "GPE", range: 52..<61, status: .suggested, annotator: "tagger:x")
    do {
      try session.markDone("news", layers: ["entiy"])
      Issue.record("an unknown layer was marked done")
    } catch {
      #expect(error.description.contains("did you mean 'entity'"))
    }
    do {
      try session.markDone("news", layers: ["entity"])
      Issue.record("a layer with a pending suggestion was marked done")
    } catch {
      #expect(error.description.contains("1 pending suggestion"))
    }
    #expect(try session.markDone("news", layers: ["time"]) == ["time"])
  }

  @Test func theStateIsCommittedToTheSpansFileAndHistoryAndRestored() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 18..<32)
    try session.commit(message: "spans")
    try session.markDone("news", layers: ["entity"])
    let revision = try session.commit(message: "reviewed")
    #expect(revision.number == 2 && revision.documentIDs == ["news"])
    let header = try folder.read("Annotations/news.spans.jsonl").split(separator: "\n")[0]
    #expect(header.contains(#""done":["entity"]"#))
    let store = AnnotationStore(corpus: try folder.load())
    #expect(try store.annotations(for: "news").doneLayers == ["entity"])
    #expect(try store.history(for: "news").last?.changes == [.done(before: [], after: ["entity"])])
    #expect(try store.log().map(\.message) == ["reviewed", "spans"])
    #expect(try store.annotations(for: "news", at: 1).doneLayers.isEmpty)
    #expect(try store.diff(from: 1, to: 2).map(\.changes) == [[.done(before: [], after: ["entity"])]])

    var next = AnnotationSession(corpus: try folder.load(), annotator: "bo")
    let changes = try next.restore("news", to: 1)
    #expect(changes == [.done(before: ["entity"], after: [])])
    try next.commit(message: "restored")
    #expect(try AnnotationStore(corpus: try folder.load()).annotations(for: "news").doneLayers.isEmpty)
    // Nothing done: the header is written as before the review state existed.
    #expect(!(try folder.read("Annotations/news.spans.jsonl")).contains("done"))
  }

  @Test func filesWithoutTheStateReadAsNothingDone() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let header =
      #"{"document":"news","format":"gloss-spans/1","next_span":2,"revision":1,"text_sha256":""}"# + "\n"
      + #"{"id":"s1","layer":"entity","label":"PERSON","start":18,"end":32,"text":"Vladimir Putin","attrs":{},"annotator":"ana","status":"accepted"}"#
      + "\n"
    try folder.write(Array(header.utf8), to: "Annotations/news.spans.jsonl")
    let history =
      #"{"revision":1,"author":"ana","time":"2024-01-01T00:00:00Z","message":"m","text_sha256":"","changes":[{"op":"add","span":{"id":"s1","layer":"entity","label":"PERSON","start":18,"end":32,"text":"Vladimir Putin","attrs":{},"annotator":"ana","status":"accepted"}}]}"#
      + "\n"
    try folder.write(Array(history.utf8), to: "Annotations/news.history.jsonl")
    let store = AnnotationStore(corpus: try folder.load())
    #expect(try store.annotations(for: "news").doneLayers.isEmpty)
    #expect(try store.annotations(for: "news").spans.count == 1)
    #expect(try store.annotations(for: "news", at: 1).doneLayers.isEmpty)
  }

  @Test func aDoneChangeRebasesLikeASpanChange() {
    let change = SpanChange.done(before: [], after: ["entity"])
    #expect(StagedRebase([change], onto: [], doneLayers: [], nextSpanNumber: 1).doneLayers == ["entity"])
    #expect(StagedRebase([change], onto: [], doneLayers: ["entity"], nextSpanNumber: 1).alreadyThere == [change])
    let conflict = StagedRebase([change], onto: [], doneLayers: ["time"], nextSpanNumber: 1)
    #expect(conflict.conflicts.count == 1 && conflict.doneLayers == ["time"])
  }
}
