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
    return try TemporaryCorpus(["big": String(repeating: sentence, count: 1500) + "\n", "small": "Seoul.\n"])
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
    let add = ["add", "big", "entity:PERSON", "--text", "Putin", "--all"]
    let remove = ["remove", "big", "--text", "Putin", "--all", "--layer", "entity"]
    // Time one whole add and remove, then kill runs at random instants
    // across the later part of a run, where the files are being written.
    let clock = ContinuousClock()
    let started = clock.now
    #expect(try GlossProcess.run(add, in: folder.root).status == 0)
    let duration = clock.now - started
    #expect(try GlossProcess.run(remove, in: folder.root).status == 0)
    let microseconds =
      Int(duration.components.seconds) * 1_000_000 + Int(duration.components.attoseconds / 1_000_000_000_000)
    var random = SystemRandomNumberGenerator()
    var killed = 0
    var journalsLeft = 0
    for round in 0..<10 {
      let running = try GlossProcess.start(round % 2 == 0 ? add : remove, in: folder.root)
      usleep(UInt32(Int.random(in: microseconds / 4...microseconds, using: &random)))
      if running.process.isRunning {
        kill(running.process.processIdentifier, SIGKILL)
        killed += 1
      }
      running.process.waitUntilExit()
      _ = running.output()
      if FileSystem.fileExists(atPath: folder.root + "/Annotations/.journal") { journalsLeft += 1 }
      let count = try checkConsistent(folder)
      #expect(count == 0 || count == 1500, "round \(round): \(count) spans, a torn commit")
    }
    // The interesting case must actually have happened.
    #expect(killed > 0)
    print("killed \(killed) of 10 writers; \(journalsLeft) left a journal that the next run completed")
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

/// A commit killed at each of its steps is completed by the next process.
@Suite struct CrashRecoveryTests {
  private var helperPath: String {
    URL(fileURLWithPath: GlossProcess.executablePath).deletingLastPathComponent()
      .appendingPathComponent("gloss-crash-helper").path
  }

  @Test(arguments: 0..<5) func aCommitKilledAtEveryStepIsCompleted(step: Int) throws {
    let folder = try TemporaryCorpus(["a": "Seoul and Seoul.\n", "b": "Seoul, again.\n"])
    defer { folder.remove() }
    // Revision 1, committed normally, so there is history to append to.
    // (A clause: the helper adds every Seoul as a GPE, and one entity extent takes one span.)
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "a", layer: "clause", label: "MAIN", range: 0..<15)
    try session.commit(message: "first")
    let before = try folder.read("Annotations/a.history.jsonl")

    let helper = Process()
    helper.executableURL = URL(fileURLWithPath: helperPath)
    helper.arguments = [folder.root, String(step)]
    try helper.run()
    helper.waitUntilExit()
    #expect(helper.terminationReason == .uncaughtSignal, "the helper should have been killed at step \(step)")
    #expect(FileSystem.fileExists(atPath: folder.root + "/Annotations/.journal"))

    // Any later process completes the commit.
    let result = try GlossProcess.run(["log"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(!FileSystem.fileExists(atPath: folder.root + "/Annotations/.journal"))
    let store = AnnotationStore(corpus: try folder.load())
    #expect(try store.headRevision() == 2)
    #expect(try store.annotations(for: "a").spans.count == 3)
    #expect(try store.annotations(for: "b").spans.count == 1)
    #expect(try store.history(for: "a").map(\.revision) == [1, 2])
    #expect(try folder.read("Annotations/a.history.jsonl").hasPrefix(before))
    #expect(try store.annotations(for: "a", at: 2).spans == store.annotations(for: "a").spans)
  }
}
