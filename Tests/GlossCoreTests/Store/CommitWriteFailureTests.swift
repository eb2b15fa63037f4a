import GlossCore
import GlossTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A commit that cannot write a file — a full disk, a read-only folder —
/// leaves the store exactly as it was and says why (issue 17).
@Suite struct CommitWriteFailureTests {
  /// A store at revision 1 (a and b annotated) and a session with a change
  /// staged to both documents.
  private func storeWithStagedChanges() throws -> (TemporaryCorpus, AnnotationSession) {
    let folder = try TemporaryCorpus(["a": "Putin met Kim.\n", "b": "Kim met Putin.\n"])
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "a", layer: "entity", label: "PERSON", range: 0..<5)
    try session.add(to: "b", layer: "entity", label: "PERSON", range: 0..<3)
    try session.commit(message: "first")
    try session.add(to: "a", layer: "entity", label: "PERSON", range: 10..<13)
    try session.add(to: "b", layer: "entity", label: "PERSON", range: 8..<13)
    return (folder, session)
  }

  /// The staged changes as the store commits them.
  private func changes(of session: inout AnnotationSession) throws -> [AnnotationStore.DocumentChange] {
    try session.stagedChanges.map { staged in
      let document = try session.document(staged.documentID)
      return AnnotationStore.DocumentChange(
        base: try AnnotationStore(corpus: session.corpus).annotations(for: staged.documentID),
        new: try session.annotations(for: staged.documentID), text: document.text, textSHA256: document.textSHA256)
    }
  }

  /// Every file of the store, by name, with its bytes.
  private func files(_ folder: TemporaryCorpus) throws -> [String: [UInt8]] {
    let path = folder.root + "/Annotations"
    var result: [String: [UInt8]] = [:]
    for name in try FileSystem.contentsOfDirectory(atPath: path)
    where !FileSystem.isDirectory(atPath: path + "/" + name) {
      result[name] = try FileSystem.readFile(atPath: path + "/" + name)
    }
    return result
  }

  /// Commits with `failure` injected and checks that nothing changed.
  private func expectNothingCommitted(failingAt failing: String, errno code: Int32, reason: String) throws {
    let (folder, staged) = try storeWithStagedChanges()
    defer { folder.remove() }
    var session = staged
    let before = try files(folder)
    var store = AnnotationStore(corpus: session.corpus)
    store.injectedWriteFailure = { path in path.hasSuffix(failing) ? code : nil }
    let error = #expect(throws: StoreError.self) {
      try store.commit(try changes(of: &session), author: "ana", message: "second")
    }
    let message = error.map { "\($0)" } ?? ""
    #expect(message.contains("could not write \(folder.root)/Annotations/\(failing): \(reason)"), "\(message)")
    #expect(message.contains("nothing was committed"), "\(message)")
    // The same files, byte for byte (the lock file only says who held it last),
    // no journal and no temporary file.
    var after = try files(folder)
    after[".lock"] = before[".lock"]
    #expect(after == before, "changed: \(Set(after.keys).symmetricDifference(before.keys))")
    // Every file parses, at the same revision; the next commit works.
    let reread = AnnotationStore(corpus: try folder.load())
    #expect(try reread.headRevision() == 1)
    #expect(try reread.annotations(for: "a").spans.count == 1)
    #expect(try reread.annotations(for: "b").spans.count == 1)
    #expect(try reread.history(for: "b").map(\.revision) == [1])
    #expect(try session.commit(message: "second").number == 2)
  }

  @Test func aFullDiskWhileWritingASpansFileTakesBackTheHistories() throws {
    // Both histories are appended and a's spans file is written before b's fails.
    try expectNothingCommitted(
      failingAt: "b.spans.jsonl", errno: ENOSPC, reason: "No space left on device (ENOSPC)")
  }

  @Test func aFullDiskWhileAppendingAHistory() throws {
    try expectNothingCommitted(
      failingAt: "b.history.jsonl", errno: ENOSPC, reason: "No space left on device (ENOSPC)")
  }

  @Test func aFullDiskWhileWritingTheJournal() throws {
    try expectNothingCommitted(failingAt: ".journal", errno: EDQUOT, reason: "Disk quota exceeded (EDQUOT)")
  }

  @Test func aReadOnlyFolder() throws {
    let (folder, staged) = try storeWithStagedChanges()
    defer { folder.remove() }
    var session = staged
    let annotations = folder.root + "/Annotations"
    guard geteuid() != 0 else {
      // chmod does not stop root: the failure a read-only folder gives is injected instead.
      try expectNothingCommitted(failingAt: ".journal", errno: EACCES, reason: "Permission denied (EACCES)")
      return
    }
    let before = try files(folder)
    #expect(chmod(annotations, 0o555) == 0)
    defer { _ = chmod(annotations, 0o755) }
    let error = #expect(throws: StoreError.self) { try session.commit(message: "second") }
    let message = error.map { "\($0)" } ?? ""
    #expect(message.contains("Permission denied (EACCES); nothing was committed"), "\(message)")
    var after = try files(folder)
    after[".lock"] = before[".lock"]
    #expect(after == before)
    _ = chmod(annotations, 0o755)
    #expect(try session.commit(message: "second").number == 2)
  }
}
