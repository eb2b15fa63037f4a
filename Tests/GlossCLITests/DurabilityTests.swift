import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// Crashes and concurrent writers, with real processes.
@Suite(.serialized) struct DurabilityTests {
  /// A document with many occurrences of one name, so that a commit of all of
  /// them writes large files and takes long enough to be killed midway.
  private func bigCorpus() throws -> TemporaryCorpus {
    let sentence = "Putin met Kim in Pyongyang and Seoul watched. "
    return try TemporaryCorpus(["big": String(repeating: sentence, count: 4000) + "\n", "small": "Seoul.\n"])
  }

  /// The store loads, each document's spans equal the replay of its history,
  /// and the revisions are those of complete commits.
  private func checkConsistent(_ folder: TemporaryCorpus) throws -> Int {
    let corpus = try folder.load()
    let store = AnnotationStore(corpus: corpus)
    try store.recoverIfNeeded()
    var total = 0
    for id in try store.annotatedDocumentIDs() {
      let current = try store.annotations(for: id)
      let replayed = try store.annotations(for: id, at: try store.headRevision())
      #expect(current.spans == replayed.spans, "spans of \(id) disagree with its history")
      #expect(current.revision == replayed.revision)
      total += current.spans.count
    }
    return total
  }

  @Test func killingTheWriterMidCommitLeavesALoadableStore() throws {
    let folder = try bigCorpus()
    defer { folder.remove() }
    var random = SystemRandomNumberGenerator()
    var killed = 0
    for round in 0..<12 {
      let arguments = round % 2 == 0
        ? ["add", "big", "entity:PERSON", "--text", "Putin", "--all"]
        : ["remove", "big", "--text", "Putin", "--all", "--layer", "entity"]
      let running = try GlossProcess.start(arguments, in: folder.root)
      usleep(UInt32.random(in: 20_000...400_000, using: &random))
      if running.process.isRunning {
        kill(running.process.processIdentifier, SIGKILL)
        killed += 1
      }
      running.process.waitUntilExit()
      _ = running.output()
      let count = try checkConsistent(folder)
      #expect(count == 0 || count == 4000, "round \(round): \(count) spans, a torn commit")
    }
    // The interesting case must actually have happened.
    #expect(killed > 0)
  }

  @Test func concurrentWritersNeverLoseAnUpdate() throws {
    let folder = try bigCorpus()
    defer { folder.remove() }
    // Two writers, each adding its own spans one commit at a time.
    var runs: [(GlossProcess.Running, Int)] = []
    for index in 0..<16 {
      let occurrence = index + 1
      let arguments = ["add", "big", "entity:GPE", "--text", "Pyongyang", "--occurrence", String(occurrence)]
      runs.append((try GlossProcess.start(arguments, in: folder.root), occurrence))
    }
    var succeeded = 0
    for (running, _) in runs {
      running.process.waitUntilExit()
      let output = running.output()
      if output.status == 0 {
        succeeded += 1
      } else {
        let message = output.standardError
        #expect(
          message.contains("changed since this session read it") || message.contains("another gloss process"),
          "unexpected failure: \(message)")
      }
    }
    #expect(succeeded > 0)
    let spans = try AnnotationStore(corpus: try folder.load()).annotations(for: "big").spans
    #expect(spans.count == succeeded, "\(succeeded) commits succeeded but \(spans.count) spans are stored")
    #expect(try checkConsistent(folder) == succeeded)
  }
}
