import GlossCore
import GlossTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The head revision is never taken from a cache that no longer describes
/// the history files, so a revision number is never used twice (issue 17.4).
@Suite struct HeadRevisionTests {
  /// Overwrites a file in place (no rename: the folder's time stays as it was,
  /// as with `cp` over an existing file).
  private func overwriteInPlace(_ path: String, with text: String) throws {
    let file = try #require(fopen(path, "w"))
    _ = text.utf8CString.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count - 1, file) }
    fclose(file)
  }

  @Test func historyCopiedInPlaceIsNoticed() throws {
    let folder = try TemporaryCorpus(["a": "Putin met Kim.\n", "b": "Kim met Putin.\n"])
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "a", layer: "entity", label: "PERSON", range: 0..<5)
    try session.commit(message: "r1")
    try session.add(to: "b", layer: "entity", label: "PERSON", range: 0..<3)
    try session.commit(message: "r2")
    #expect(try session.store.headRevision() == 2)

    // Document a's history, as another clone had it: revisions 1 and 3 —
    // copied over the file in place.
    let path = folder.root + "/Annotations/a.history.jsonl"
    let history = try folder.read("Annotations/a.history.jsonl")
    let third = history.replacingOccurrences(of: #"{"revision":1,"#, with: #"{"revision":3,"#)
    let folderTime = FileSystem.modificationStamp(atPath: folder.root + "/Annotations")
    try overwriteInPlace(path, with: history + third)
    #expect(FileSystem.modificationStamp(atPath: folder.root + "/Annotations") == folderTime)

    let store = AnnotationStore(corpus: try folder.load())
    #expect(try store.headRevision() == 3)
    var next = AnnotationSession(corpus: try folder.load(), annotator: "bo")
    try next.add(to: "b", layer: "entity", label: "PERSON", range: 8..<13)
    #expect(try next.commit(message: "r4").number == 4)
  }

  @Test func cacheIsUsedAndKeptUpToDate() throws {
    let folder = try TemporaryCorpus(["a": "Putin met Kim.\n"])
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    #expect(try session.store.headRevision() == 0)
    try session.add(to: "a", layer: "entity", label: "PERSON", range: 0..<5)
    try session.commit(message: "r1")
    let cache = try folder.read("Annotations/.cache/head")
    #expect(cache.hasPrefix("1 "))
    #expect(try session.store.headRevision() == 1)
    // A cache that lies about the head is not believed once the files differ from its fingerprint.
    try folder.write(Array("7 0\n".utf8), to: "Annotations/.cache/head")
    #expect(try session.store.headRevision() == 1)
  }
}
