import GlossCore
import GlossTestSupport
import Testing

/// Corrections through a session: new extents, attributes, overlap policies
/// and rejected suggestions.
@Suite struct AnnotationSessionCorrectionTests {
  static let text = "Russian President Vladimir Putin met Kim Jong Un in Pyongyang on 11 March 2025.\n"

  private func session() throws -> (TemporaryCorpus, AnnotationSession) {
    let folder = try TemporaryCorpus(["news": Self.text])
    return (folder, AnnotationSession(corpus: try folder.load(), annotator: "ana"))
  }

  @Test func resizeKeepsTheSpanAndRecordsAnUpdate() throws {
    var (folder, session) = try session()
    defer { folder.remove() }
    let date = try session.add(
      to: "news", layer: "time", label: "DATE", range: 68..<73, attributes: ["value": "2025-03"],
      status: .suggested, annotator: "tagger:dates@1")
    try session.commit(message: "date")
    let resized = try session.resize(in: "news", spanID: date.id, to: 65..<78)
    #expect(resized.id == date.id && resized.range == 65..<78)
    #expect(resized.attributes == ["value": "2025-03"] && resized.status == .suggested)
    #expect(resized.annotator == "tagger:dates@1")
    #expect(session.undoableSteps.count == 1)
    try session.commit(message: "resize")
    let history = try session.store.history(for: "news")
    #expect(history.last?.changes == [.update(before: date, after: resized)])
    // Checked like any edit: whitespace at an edge is refused.
    #expect(throws: StoreError.self) { try session.resize(in: "news", spanID: date.id, to: 64..<78) }
    #expect(try session.annotations(for: "news").spans == [resized])
  }

  @Test func attributesAreSetAndRemovedAgainstTheScheme() throws {
    var (folder, session) = try session()
    defer { folder.remove() }
    let date = try session.add(
      to: "news", layer: "time", label: "DATE", range: 65..<78, attributes: ["value": "2025-03", "mod": "START"])
    let changed = try session.setAttributes(in: "news", spanIDs: [date.id], [("value", "2025-03-11"), ("mod", nil)])
    #expect(changed[0].attributes == ["value": "2025-03-11"])
    #expect(session.undoableSteps.count == 2)

    func failure(_ attributes: [(name: String, value: String?)]) -> String {
      do {
        try session.setAttributes(in: "news", spanIDs: [date.id], attributes)
        return ""
      } catch {
        return error.description
      }
    }
    let unknown = failure([("vlaue", "x")])
    #expect(unknown.contains("'vlaue'") && unknown.contains("did you mean 'value'"))
    #expect(unknown.contains("value, mod, anchor, quant, freq"))
    let invalid = failure([("mod", "ROUGHLY")])
    #expect(invalid.contains("'ROUGHLY'") && invalid.contains("APPROX"))
    #expect(failure([("value", nil)]).contains("attribute 'value'"))
    #expect(try session.annotations(for: "news").spans[0].attributes == ["value": "2025-03-11"])

    let relabelled = try session.relabel(
      in: "news", spanIDs: [date.id], layer: "time", label: "DURATION", attributes: [("value", "P4Y")])
    #expect(relabelled[0].label == "DURATION" && relabelled[0].attributes == ["value": "P4Y"])
  }

  @Test func nestedSpansAreAllowedButSharedExtentsAndCrossingsRefused() throws {
    var (folder, session) = try session()
    defer { folder.remove() }
    let putin = try session.add(to: "news", layer: "entity", label: "PERSON", range: 18..<32)
    // Inside it, or on another layer: fine.
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 27..<32)
    try session.add(to: "news", layer: "clause", label: "MAIN", range: 18..<32)
    var message = ""
    do {
      try session.add(to: "news", layer: "entity", label: "NORP", range: 18..<32)
    } catch {
      message = error.description
    }
    #expect(message.contains("same extent as \(putin.id) entity:PERSON [18, 32)"))
    do {
      try session.add(to: "news", layer: "entity", label: "ORG", range: 8..<26)
      Issue.record("a crossing span was accepted")
    } catch {
      #expect(error.description.contains("crosses \(putin.id) entity:PERSON [18, 32)"))
      #expect(error.description.contains("overlap: nest"))
    }
    // A resize into a crossing is refused too.
    let kim = try session.add(to: "news", layer: "entity", label: "PERSON", range: 37..<48)
    #expect(throws: StoreError.self) { try session.resize(in: "news", spanID: kim.id, to: 27..<48) }
    // Rejected spans are decisions, not annotations: they conflict with nothing.
    try session.setStatus(in: "news", spanIDs: [putin.id], to: .rejected)
    try session.add(to: "news", layer: "entity", label: "ORG", range: 8..<26)
    // … and bringing one back must fit again.
    #expect(throws: StoreError.self) { try session.setStatus(in: "news", spanIDs: [putin.id], to: .accepted) }
  }

  @Test func schemeFileSetsTheOverlapPolicy() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    try folder.write(Array(#"{"layers": [{"name": "entity", "overlap": "any"}]}"#.utf8), to: "scheme.json")
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    #expect(session.corpus.scheme.layer(named: "entity")?.overlapPolicy == .any)
    #expect(session.corpus.scheme.layer(named: "syntax")?.overlapPolicy == OverlapPolicy.none)
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 18..<32)
    try session.add(to: "news", layer: "entity", label: "NORP", range: 18..<32)

    try folder.write(Array(#"{"layers": [{"name": "entity", "overlap": "some"}]}"#.utf8), to: "scheme.json")
    #expect(throws: (any Error).self) { try folder.load() }
  }

  @Test func annotatingOverARejectedSuggestionReplacesIt() throws {
    var (folder, session) = try session()
    defer { folder.remove() }
    let wrong = try session.add(
      to: "news", layer: "entity", label: "ORG", range: 52..<61, status: .rejected, annotator: "tagger:entities@1")
    try session.commit(message: "rejected")
    let mine = try session.add(to: "news", layer: "entity", label: "GPE", range: 52..<61)
    #expect(try session.annotations(for: "news").spans == [mine])
    try session.commit(message: "mine")
    #expect(try session.store.history(for: "news").last?.changes.contains(.remove(wrong)) == true)
  }

  @Test func removingATaggersSuggestionRejectsIt() throws {
    var (folder, session) = try session()
    defer { folder.remove() }
    let suggestion = try session.add(
      to: "news", layer: "entity", label: "ORG", range: 52..<61, status: .suggested, annotator: "tagger:entities@1")
    let mine = try session.add(to: "news", layer: "entity", label: "PERSON", range: 18..<32)
    let removed = try session.remove(from: "news", spanIDs: [suggestion.id, mine.id])
    #expect(removed.map(\.status) == [.rejected, .accepted])
    #expect(try session.annotations(for: "news").spans.map(\.id) == [suggestion.id])
    #expect(try session.annotations(for: "news").spans[0].status == .rejected)
  }

  @Test func quotedTextNotFoundSuggestsSpellingsIgnoringCaseAndAccents() throws {
    let folder = try TemporaryCorpus(["news": "Viktor Orbán met leaders of North Korea. North Korea said no.\n"])
    defer { folder.remove() }
    let session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    for (quoted, hint) in [("Viktor Orban", "'Viktor Orbán'"), ("north korea", "'North Korea'")] {
      do {
        _ = try session.ranges(of: quoted, in: "news")
        Issue.record("'\(quoted)' was found")
      } catch {
        #expect(error.description.contains("did you mean \(hint)?"), "\(error)")
      }
    }
  }
}
