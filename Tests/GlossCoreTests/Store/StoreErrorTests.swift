import GlossCore
import GlossTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct StoreErrorTests {
  @Test func aHeldLockIsBusyAndKeepsTheLockError() throws {
    let folder = try TemporaryCorpus(["news": "Putin met Kim.\n"])
    defer { folder.remove() }
    let corpus = try folder.load()
    var session = AnnotationSession(corpus: corpus, annotator: "ana")
    try session.add(to: "news", layer: "entity", label: "PERSON", range: 0..<5)
    var store = AnnotationStore(corpus: corpus)
    store.lockTimeout = 0
    let document = try session.document("news")
    let change = AnnotationStore.DocumentChange(
      base: try store.annotations(for: "news"), new: try session.annotations(for: "news"), text: document.text,
      textSHA256: document.textSHA256)
    // Another writer holds the lock.
    let lockPath = folder.root + "/Annotations/.lock"
    try FileSystem.createDirectory(atPath: folder.root + "/Annotations", intermediate: true)
    let holder = try FileLock.acquire(atPath: lockPath, purpose: "import", timeout: 0)
    defer { holder.release() }

    let error = try #require(throws: StoreError.self) { try store.commit([change], author: "ana", message: "m") }
    guard case .busy(let lockError) = error else {
      Issue.record("expected .busy, got \(error)")
      return
    }
    #expect(lockError.path == lockPath)
    #expect(lockError.reason == .busy(holderPID: getpid(), holderPurpose: "import"))
    #expect(error.description == lockError.description)
    #expect(error.description.contains("another gloss process (pid \(getpid()), import) is writing this corpus"))
  }

  @Test func unknownDocumentsAndSpansAdviseNoCommand() {
    let unknownDocument = StoreError.unknownDocument("nwes", suggestion: "news")
    #expect(unknownDocument.description == "no document 'nwes' in Corpus/ (did you mean 'news'?)")
    let unknownSpan = StoreError.unknownSpan(documentID: "news", spanID: "s9")
    #expect(unknownSpan.description == "document 'news' has no span 's9'")
  }
}
