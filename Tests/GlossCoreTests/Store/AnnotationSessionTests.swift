import GlossCore
import GlossTestSupport
import Testing

@Suite struct AnnotationSessionTests {
  static let text = "Russian President Vladimir Putin met Kim Jong Un in Pyongyang. Putin left.\n"

  private func corpus() throws -> TemporaryCorpus {
    try TemporaryCorpus(["news": Self.text, "other": "Nothing to see here.\n"])
  }

  @Test func committedSpansAreReadBackByANewSession() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    let putin = try session.add(to: "news", layer: "entity", label: "PERSON", range: 18..<32)
    let city = try session.add(to: "news", layer: "entity", label: "GPE", range: 52..<61)
    #expect(putin.id == "s1" && city.id == "s2")
    let revision = try session.commit(message: "first entities")
    #expect(revision.number == 1)
    #expect(revision.documentIDs == ["news"])

    var fresh = AnnotationSession(corpus: try folder.load(), annotator: "bo")
    let annotations = try fresh.annotations(for: "news")
    #expect(annotations.revision == 1)
    #expect(annotations.spans.map(\.id) == ["s1", "s2"])
    #expect(annotations.spans[0].annotator == "ana" && annotations.spans[0].status == .accepted)
    #expect(try fresh.annotations(for: "other").spans.isEmpty)
  }

  @Test func spansFileHasOneSpanPerLineInStableOrder() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "news", layer: "entity", label: "GPE", range: 52..<61)
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 18..<32)
    try session.add(to: "news", layer: "clause", label: "MAIN", range: 0..<61)
    try session.commit(message: "m")
    let lines = try folder.read("Annotations/news.spans.jsonl").split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines[0].contains("\"format\":\"gloss-spans/1\"") && lines[0].contains("\"revision\":1"))
    // Ordered by start, outer spans first.
    #expect(lines[1].contains("\"label\":\"MAIN\""))
    #expect(lines[2].contains("\"text\":\"Vladimir Putin\""))
    #expect(lines[3].contains("\"text\":\"Pyongyang\""))
  }

  @Test func invalidSpansAreRefusedWithReasons() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    func failure(_ body: (inout AnnotationSession) throws -> Void) -> String {
      do {
        try body(&session)
        return "no error"
      } catch {
        return "\(error)"
      }
    }
    #expect(
      failure { try $0.add(to: "news", layer: "entity", label: "PERSON", range: 17..<32) }.contains(
        "starts on whitespace at offset 17"))
    #expect(
      failure { try $0.add(to: "news", layer: "entity", label: "PERSON", range: 18..<33) }.contains(
        "ends on whitespace"))
    #expect(
      failure { try $0.add(to: "news", layer: "entity", label: "PERSON", range: 70..<90) }.contains("outside the text"))
    #expect(
      failure { try $0.add(to: "news", layer: "entity", label: "PERSN", range: 18..<32) }.contains(
        "did you mean 'PERSON'"))
    #expect(
      failure { try $0.add(to: "news", layer: "entitty", label: "PERSON", range: 18..<32) }.contains(
        "did you mean 'entity'"))
    #expect(
      failure { try $0.add(to: "news", layer: "time", label: "DATE", range: 18..<32) }.contains(
        "need the attribute 'value'"))
    #expect(
      failure { try $0.add(to: "nws", layer: "entity", label: "PERSON", range: 18..<32) }.contains(
        "did you mean 'news'"))
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 18..<32)
    #expect(
      failure { try $0.add(to: "news", layer: "entity", label: "PERSON", range: 18..<32) }.contains("already has"))
    #expect(session.stagedChanges.count == 1)
  }

  @Test func historyShowsDiffsAndRestoresPastRevisions() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 18..<32)
    try session.commit(message: "r1")
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 63..<68, status: .suggested)
    try session.add(to: "other", layer: "entity", label: "GPE", range: 0..<7)
    try session.commit(message: "r2")
    try session.relabel(in: "news", spanIDs: ["s1"], layer: "entity", label: "ORG")
    try session.setStatus(in: "news", spanIDs: ["s2"], to: .rejected)
    try session.commit(message: "r3")

    let store = session.store
    #expect(try store.headRevision() == 3)
    #expect(try store.log().map(\.number) == [3, 2, 1])
    #expect(try store.log().map(\.message) == ["r3", "r2", "r1"])
    #expect(try store.log()[1].documentIDs == ["news", "other"])
    #expect(try store.log(documentID: "other").map(\.number) == [2])
    #expect(try store.annotations(for: "news", at: 1).spans.map(\.label) == ["PERSON"])
    #expect(try store.annotations(for: "news", at: 2).spans.map(\.status) == [.accepted, .suggested])
    #expect(try store.annotations(for: "news", at: 0).spans.isEmpty)

    let diff = try store.diff(from: 1, to: 3)
    #expect(diff.map(\.documentID) == ["news", "other"])
    #expect(diff[0].changes.count == 2)
    if case .update(let before, let after) = diff[0].changes[0] {
      #expect(before.label == "PERSON" && after.label == "ORG")
    } else {
      Issue.record("expected an update, got \(diff[0].changes[0])")
    }
    if case .add(let added) = diff[0].changes[1] {
      #expect(added.status == .rejected && added.id == "s2")
    } else {
      Issue.record("expected an add, got \(diff[0].changes[1])")
    }

    let changes = try session.restore("news", to: 1)
    #expect(changes.count == 2)
    let restored = try session.commit(message: "restore")
    #expect(restored.number == 4)
    #expect(try store.annotations(for: "news").spans.map(\.label) == ["PERSON"])
    // The restore is itself history: revision 3 is still there to go back to.
    #expect(try store.annotations(for: "news", at: 3).spans.map(\.label) == ["ORG", "PERSON"])
    // Ids are never reused after a removal.
    let next = try session.add(to: "news", layer: "entity", label: "GPE", range: 52..<61)
    #expect(next.id == "s3")
  }

  @Test func unknownRevisionsAreNamed() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let store = AnnotationStore(corpus: try folder.load())
    #expect(throws: StoreError.self) { try store.annotations(for: "news", at: 5) }
    do {
      _ = try store.diff(from: 0, to: 2)
    } catch {
      #expect("\(error)".contains("nothing has been committed yet"))
    }
  }

  @Test func undoRevertsOneStepOrOneGroup() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 18..<32)
    try session.group("bulk") { session throws(StoreError) in
      try session.add(to: "news", layer: "entity", label: "GPE", range: 52..<61)
      try session.add(to: "other", layer: "entity", label: "GPE", range: 0..<7)
    }
    #expect(session.stagedChanges.flatMap(\.changes).count == 3)
    #expect(session.undo() == "bulk")
    #expect(session.stagedChanges.flatMap(\.changes).count == 1)
    #expect(session.undo() != nil)
    #expect(!session.hasStagedChanges)
    #expect(session.undo() == nil)
    #expect(throws: StoreError.self) { try session.commit(message: "nothing") }
  }

  @Test func aFailingGroupStagesNothing() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    #expect(throws: StoreError.self) {
      try session.group("half") { session throws(StoreError) in
        try session.add(to: "news", layer: "entity", label: "GPE", range: 52..<61)
        try session.add(to: "news", layer: "entity", label: "NOPE", range: 0..<7)
      }
    }
    #expect(!session.hasStagedChanges)
  }

  @Test func aRefusedEditInsideAGroupKeepsWhatTheGroupStagedBefore() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 63..<68)
    try session.group("batch") { session throws(StoreError) in
      try session.add(to: "news", layer: "entity", label: "PERSON", range: 27..<32)
      // Each refused edit is caught, as a batch that skips what exists does.
      #expect(throws: StoreError.self) { try session.add(to: "news", layer: "entity", label: "PERSON", range: 63..<68) }
      #expect(throws: StoreError.self) { try session.add(to: "news", layer: "entity", label: "NOPE", range: 0..<7) }
      #expect(throws: StoreError.self) { try session.remove(from: "news", spanIDs: ["s1", "s99"]) }
      #expect(throws: StoreError.self) { try session.setStatus(in: "news", spanIDs: ["s2", "s99"], to: .rejected) }
      try session.add(to: "news", layer: "entity", label: "GPE", range: 52..<61)
    }
    let spans = try session.annotations(for: "news").spans
    #expect(spans.map(\.range) == [27..<32, 52..<61, 63..<68])
    #expect(spans.allSatisfy { $0.status == .accepted })
    #expect(session.undo() == "batch")
    #expect(try session.annotations(for: "news").spans.map(\.range) == [63..<68])
  }

  @Test(arguments: ["../../escaped", "news\u{0}/../../escaped", "/tmp/escaped", ".hidden"])
  func aJournalNamingAnythingButADocumentIsRefusedAndKept(id: String) throws {
    let folder = try corpus()
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 27..<32)
    try session.commit(message: "first")
    var journal = JSONWriter()
    journal.value(
      .object([
        "revision": .integer(2),
        "documents": .array([
          .object([
            "id": .string(id), "spans": .string("owned\n"), "history_line": .string("owned\n"),
            "history_length": .integer(0),
          ])
        ]),
      ]))
    let bytes = journal.takeBytes()
    try folder.write(bytes, to: "Annotations/.journal")
    let store = AnnotationStore(corpus: try folder.load())
    #expect {
      try store.recoverIfNeeded()
    } throws: { error in
      "\(error)".contains("Annotations/.journal:1: the journal names")
        && "\(error)".contains("which is no document id; it was not applied")
    }
    // Nothing was written anywhere, and the journal is left for a person to look at.
    #expect(try FileSystem.readFile(atPath: folder.root + "/Annotations/.journal") == bytes)
    #expect(!FileSystem.fileExists(atPath: folder.root + "/escaped.spans.jsonl"))
    #expect(!FileSystem.fileExists(atPath: "/tmp/escaped.spans.jsonl"))
    #expect(
      try FileSystem.contentsOfDirectory(atPath: folder.root + "/Annotations").filter { !$0.hasPrefix(".") } == [
        "news.history.jsonl", "news.spans.jsonl",
      ])
    #expect(try store.annotations(for: "news").revision == 1)
  }

  @Test func aSecondWriterOfTheSameDocumentIsRefused() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var first = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    var second = AnnotationSession(corpus: try folder.load(), annotator: "bo")
    try first.add(to: "news", layer: "entity", label: "PERSON", range: 18..<32)
    try second.add(to: "news", layer: "entity", label: "GPE", range: 52..<61)
    try first.commit(message: "ana's")
    do {
      try second.commit(message: "bo's")
      Issue.record("the second commit should have been refused")
    } catch {
      #expect("\(error)".contains("changed since this session read it"))
    }
    // Nothing of bo's was written, ana's is intact.
    let spans = try AnnotationStore(corpus: try folder.load()).annotations(for: "news").spans
    #expect(spans.map(\.annotator) == ["ana"])
    // Different documents do not conflict.
    var third = AnnotationSession(corpus: try folder.load(), annotator: "cy")
    try third.add(to: "other", layer: "entity", label: "GPE", range: 0..<7)
    try first.add(to: "news", layer: "entity", label: "GPE", range: 52..<61)
    try first.commit(message: "ana again")
    #expect(try third.commit(message: "cy's").number == 3)
  }

  @Test func aChangedTextIsReportedStaleAndNotEdited() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 18..<32)
    try session.commit(message: "m")
    try folder.write(Array(("Breaking: " + Self.text).utf8), to: "Corpus/news.txt")
    var later = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    #expect(try later.isStale("news"))
    #expect(try !later.isStale("other"))
    do {
      try later.add(to: "news", layer: "entity", label: "GPE", range: 62..<71)
      Issue.record("editing a stale document should be refused")
    } catch {
      #expect("\(error)".contains("changed after it was annotated"))
    }
  }

  @Test func aCorruptSpansFileIsReportedAndNeverOverwritten() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 18..<32)
    try session.commit(message: "m")
    var broken = try folder.read("Annotations/news.spans.jsonl")
    broken += "{\"id\": \"s9\", \"layer\": \"entity\",, }\n"
    try folder.write(Array(broken.utf8), to: "Annotations/news.spans.jsonl")

    var later = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    do {
      _ = try later.annotations(for: "news")
      Issue.record("a corrupt file should not load")
    } catch {
      let message = "\(error)"
      #expect(message.contains("news.spans.jsonl:3:"))
      #expect(message.contains("was not changed"))
    }
    #expect(throws: StoreError.self) {
      try later.add(to: "news", layer: "entity", label: "GPE", range: 52..<61)
    }
    #expect(try folder.read("Annotations/news.spans.jsonl") == broken)
  }
}
