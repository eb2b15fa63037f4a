import GlossCore
import GlossTestSupport
import Testing

/// Two writers on one store: reload re-applies staged work onto what the
/// other committed, and stash entries keep work that cannot be applied yet.
@Suite struct StashAndReloadTests {
  static let text = "Russian President Vladimir Putin met Kim Jong Un in Pyongyang. Putin left.\n"

  private func corpus() throws -> TemporaryCorpus {
    try TemporaryCorpus(["news": Self.text, "other": "Nothing to see here.\n"])
  }

  /// A committed base: s1 PERSON "Vladimir Putin", s2 GPE "Pyongyang".
  private func base(_ folder: TemporaryCorpus) throws {
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 18..<32)
    try session.add(to: "news", layer: "entity", label: "GPE", range: 52..<61)
    try session.commit(message: "base")
  }

  @Test func reloadReappliesStagedChangesAndListsConflicts() throws {
    let folder = try corpus()
    defer { folder.remove() }
    try base(folder)
    var mine = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try mine.add(to: "news", layer: "entity", label: "PERSON", range: 37..<47)  // Kim Jong Un
    try mine.relabel(in: "news", spanIDs: ["s2"], layer: "entity", label: "LOC")
    try mine.remove(from: "news", spanIDs: ["s1"])
    // The other writer relabels s1, adds Kim Jong Un too, and commits.
    var theirs = AnnotationSession(corpus: try folder.load(), annotator: "bo")
    try theirs.relabel(in: "news", spanIDs: ["s1"], layer: "entity", label: "NORP")
    try theirs.add(to: "news", layer: "entity", label: "PERSON", range: 37..<47)
    try theirs.commit(message: "theirs")
    #expect(throws: StoreError.self) { try mine.commit(message: "mine") }

    let results = try mine.reload()
    #expect(results.map(\.documentID) == ["news"])
    let rebase = try #require(results.first?.rebase)
    #expect(rebase.applied.count == 1, "the relabel of s2 applies")
    #expect(rebase.alreadyThere.count == 1, "Kim Jong Un was added by both")
    #expect(rebase.conflicts.count == 1, "s1 was changed by the other writer, so removing it conflicts")
    #expect(rebase.conflicts[0].description.contains("NORP"))
    try mine.commit(message: "mine, rebased")
    var reader = AnnotationSession(corpus: try folder.load(), annotator: "x")
    let spans = try reader.annotations(for: "news").spans
    #expect(spans.map(\.qualifiedLabel).sorted() == ["entity:LOC", "entity:NORP", "entity:PERSON"])
  }

  @Test func reloadKeepsStagedChangesOfDocumentsNobodyChanged() throws {
    let folder = try corpus()
    defer { folder.remove() }
    try base(folder)
    var mine = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try mine.add(to: "other", layer: "entity", label: "ORG", range: 0..<7)
    #expect(try mine.reload().isEmpty)
    #expect(mine.stagedChanges.map(\.documentID) == ["other"])
  }

  @Test func stashSavesDropsAndApplies() throws {
    let folder = try corpus()
    defer { folder.remove() }
    try base(folder)
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 37..<47)
    let entry = try #require(try session.stash(message: "Kim"))
    #expect(entry.number == 1 && entry.changeCount == 1 && !session.hasStagedChanges)
    #expect(try session.stashStore.entries().map(\.message) == ["Kim"])
    // Another writer commits meanwhile; applying re-bases onto it.
    var other = AnnotationSession(corpus: try folder.load(), annotator: "bo")
    try other.add(to: "news", layer: "entity", label: "GPE", range: 63..<68)
    try other.commit(message: "other")
    var later = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    let results = try later.applyStash(1)
    #expect(results.first?.rebase.applied.count == 1)
    #expect(try later.stashStore.entries().isEmpty, "a complete apply drops the entry")
    #expect(later.undo() != nil && !later.hasStagedChanges, "one undo step")
    #expect(throws: StoreError.self) { try later.applyStash(1) }
  }

  @Test func conflictingChangesStayInTheEntry() throws {
    let folder = try corpus()
    defer { folder.remove() }
    try base(folder)
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.relabel(in: "news", spanIDs: ["s2"], layer: "entity", label: "LOC")
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 37..<47)
    try session.stash(message: "two changes", keptAtQuit: true)
    var other = AnnotationSession(corpus: try folder.load(), annotator: "bo")
    try other.remove(from: "news", spanIDs: ["s2"])
    try other.commit(message: "gone")
    var next = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    let outcomes = try next.unstash()
    #expect(outcomes.count == 1)
    #expect(next.stagedChanges.first?.changes.count == 1, "the addition applies")
    let left = try next.stashStore.entries()
    #expect(left.count == 1 && left[0].changeCount == 1, "the relabel of the removed span is kept")
    // Another annotator's session takes back nothing of ana's.
    var bo = AnnotationSession(corpus: try folder.load(), annotator: "bo")
    #expect(try bo.unstash().isEmpty)
  }

  @Test func aDamagedEntryIsReportedWithItsFileAndLine() throws {
    let folder = try corpus()
    defer { folder.remove() }
    try base(folder)
    try folder.write(
      Array("{\"stash\":1,\"annotator\":\"ana\",\"time\":\"t\",\"message\":\"m\"}\n{\"document\":1}\n".utf8),
      to: "Annotations/.stash/1.jsonl")
    let session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    do {
      _ = try session.stashStore.entries()
      Issue.record("read a damaged entry")
    } catch {
      #expect("\(error)".contains("1.jsonl:2"))
    }
  }
}
