import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// Temporary files left by killed processes are removed by the next
/// command that opens the corpus (or takes the store's lock), or exports to
/// the same target; those of a process still running are kept (issue 17.5).
@Suite struct StaleTemporaryFileTests {
  /// The number of a process that has ended.
  private func deadPID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  @Test func theNextCommitRemovesThemFromTheStore() throws {
    let folder = try TemporaryCorpus(["a": "Putin met Kim.\n"])
    defer { folder.remove() }
    var result = try GlossProcess.run(["add", "a", "entity:PERSON", "--text", "Putin"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    let dead = try deadPID()
    let live = ProcessInfo.processInfo.processIdentifier
    let stale = [
      "Annotations/.a.spans.jsonl.tmp-\(dead)-1f2e", "Annotations/.a.history.jsonl.tmp-\(dead)-9",
      "Annotations/.cache/.head.tmp-\(dead)-abc",
    ]
    let kept = ["Annotations/.a.spans.jsonl.tmp-\(live)-77", "Annotations/notes.tmp-\(dead)-1"]
    for name in stale + kept { try folder.write(Array("partial".utf8), to: name) }
    result = try GlossProcess.run(["add", "a", "entity:PERSON", "--text", "Kim"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    for name in stale { #expect(!FileSystem.fileExists(atPath: folder.root + "/" + name), "\(name) is left") }
    for name in kept { #expect(FileSystem.fileExists(atPath: folder.root + "/" + name), "\(name) was removed") }
  }

  /// The crash harness (Scripts/crash-test.sh) found a query-index cache
  /// file and syntax cache files left after `gloss docs`, which takes no lock.
  @Test func anyNextCommandRemovesThemFromTheStoreAndItsCaches() throws {
    let folder = try TemporaryCorpus(["a": "Putin met Kim.\n"])
    defer { folder.remove() }
    let dead = try deadPID()
    let live = ProcessInfo.processInfo.processIdentifier
    try FileSystem.createDirectory(atPath: folder.root + "/Annotations/.cache/syntax", intermediate: true)
    try FileSystem.createDirectory(atPath: folder.root + "/Annotations/.stash", intermediate: true)
    let stale = [
      "Annotations/.cache/.query-index.bin.tmp-\(dead)-10d7", "Annotations/.cache/syntax/.a.syntax.tmp-\(dead)-62a4",
      "Annotations/.stash/.1.jsonl.tmp-\(dead)-3", "Annotations/.a.spans.jsonl.tmp-\(dead)-1f2e",
    ]
    let kept = ["Annotations/.cache/syntax/.a.syntax.tmp-\(live)-77"]
    for name in stale + kept { try folder.write(Array("partial".utf8), to: name) }
    let result = try GlossProcess.run(["docs"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    for name in stale { #expect(!FileSystem.fileExists(atPath: folder.root + "/" + name), "\(name) is left") }
    for name in kept { #expect(FileSystem.fileExists(atPath: folder.root + "/" + name), "\(name) was removed") }
  }

  @Test func theNextExportToTheTargetRemovesThem() throws {
    let folder = try TemporaryCorpus(["a": "Putin met Kim.\n"])
    defer { folder.remove() }
    let dead = try deadPID()
    try folder.write(Array("partial".utf8), to: ".out.jsonl.tmp-\(dead)-5a")
    try folder.write(Array("partial".utf8), to: ".other.jsonl.tmp-\(dead)-5a")
    try FileSystem.createDirectory(atPath: folder.root + "/.bratdir.tmp-\(dead)", intermediate: true)
    try folder.write(Array("T1".utf8), to: ".bratdir.tmp-\(dead)/a.ann")
    var result = try GlossProcess.run(["export", "jsonl", "-o", "out.jsonl"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    result = try GlossProcess.run(["export", "brat", "-o", "bratdir"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(!FileSystem.fileExists(atPath: folder.root + "/.out.jsonl.tmp-\(dead)-5a"))
    #expect(!FileSystem.fileExists(atPath: folder.root + "/.bratdir.tmp-\(dead)"))
    #expect(FileSystem.fileExists(atPath: folder.root + "/.other.jsonl.tmp-\(dead)-5a"), "another target's file")
  }
}
