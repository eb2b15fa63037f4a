import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// Readers see whole revisions while another process commits (issue 17):
/// a `gloss import` loop commits revisions that add one span to every
/// document, and a reader loads the corpus over and over meanwhile.
@Suite(.serialized) struct ConsistentReadTests {
  private static let documentCount = 30
  private static let commits = 10
  private static let text = "abcdefghijklmnopqrstuvwxyz\n"

  private static func id(_ number: Int) -> String { "d" + String(format: "%02d", number) }

  /// A corpus of documents that every commit of the writer changes.
  private func corpus() throws -> TemporaryCorpus {
    try TemporaryCorpus(Dictionary(uniqueKeysWithValues: (0..<Self.documentCount).map { (Self.id($0), Self.text) }))
  }

  /// Starts `/bin/sh` importing one file per revision; revision r adds to
  /// every document a span over its r-th letter.
  private func startWriter(in folder: TemporaryCorpus) throws -> Process {
    for round in 0..<Self.commits {
      let documents = (0..<Self.documentCount).map { number in
        #"{"id":"\#(Self.id(number))","spans":[{"layer":"entity","label":"PERSON","start":\#(round),"end":\#(round + 1)}]}"#
      }
      try folder.write(Array("[\(documents.joined(separator: ","))]".utf8), to: "round\(round).json")
    }
    let writer = Process()
    writer.executableURL = URL(fileURLWithPath: "/bin/sh")
    writer.arguments = [
      "-c",
      #"for round in $(seq 0 \#(Self.commits - 1)); do "$GLOSS" import json round$round.json -m "round $round" >/dev/null || exit 1; done"#,
    ]
    writer.currentDirectoryURL = URL(fileURLWithPath: folder.root)
    var environment = ProcessInfo.processInfo.environment
    environment["GLOSS"] = GlossProcess.executablePath
    environment["GLOSS_ANNOTATOR"] = "writer"
    writer.environment = environment
    try writer.run()
    return writer
  }

  @Test func readersSeeEveryDocumentAtTheSameRevision() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let corpus = try folder.load()
    let ids = corpus.documents.map(\.id)
    let writer = try startWriter(in: folder)
    var reads = 0
    var tornFileReads = 0
    var commandReads = 0
    while writer.isRunning || reads == 0 {
      // As `docs`, `show`, `export` and `log` read: one session at the committed revision.
      var session = AnnotationSession(corpus: corpus, annotator: "reader")
      try session.readCommittedRevision()
      var seen: [DocumentAnnotations] = []
      for id in ids { seen.append(try session.annotations(for: id)) }
      let revisions = Set(seen.map(\.revision))
      let counts = Set(seen.map(\.spans.count))
      #expect(revisions.count == 1 && counts.count == 1, "read \(reads): revisions \(revisions), span counts \(counts)")
      #expect(try session.store.log().count == seen[0].revision)
      reads += 1
      // The files as they are, as every reader read them before: torn while a commit renames them.
      let store = AnnotationStore(corpus: corpus)
      var fileRevisions: Set<Int> = []
      for id in ids { fileRevisions.insert(try store.annotations(for: id).revision) }
      if fileRevisions.count > 1 { tornFileReads += 1 }
      // Now and then the command itself.
      if reads % 25 == 0 {
        let result = try GlossProcess.run(["docs"], in: folder.root)
        #expect(result.status == 0, "\(result.standardError)")
        let accepted = Set(
          result.standardOutput.split(separator: "\n").compactMap { line -> String? in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count > 3, fields[0].hasPrefix("d"), ids.contains(String(fields[0])) else { return nil }
            return String(fields[3])
          })
        #expect(accepted.count == 1, "gloss docs showed documents with \(accepted) spans")
        commandReads += 1
      }
    }
    writer.waitUntilExit()
    #expect(writer.terminationStatus == 0)
    let final = try AnnotationStore(corpus: corpus).annotations(for: ids[0])
    #expect(final.spans.count == Self.commits)
    print(
      "\(reads) consistent reads (\(commandReads) by gloss docs) during \(Self.commits) commits; "
        + "reading the files as they are was torn \(tornFileReads) times")
  }

  @Test func aCrashedCommitIsReadAsTheRevisionBefore() throws {
    let folder = try TemporaryCorpus(["a": "Seoul and Seoul.\n", "b": "Seoul, again.\n"])
    defer { folder.remove() }
    var session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    try session.add(to: "a", layer: "clause", label: "MAIN", range: 0..<15)
    try session.commit(message: "first")
    // The helper commits revision 2 over a and b and dies after a's spans file is replaced.
    let helper = Process()
    helper.executableURL = URL(fileURLWithPath: GlossProcess.executablePath).deletingLastPathComponent()
      .appendingPathComponent("gloss-crash-helper")
    helper.arguments = [folder.root, "3"]
    try helper.run()
    helper.waitUntilExit()
    #expect(helper.terminationReason == .uncaughtSignal)
    #expect(FileSystem.fileExists(atPath: folder.root + "/Annotations/.journal"))
    let corpus = try folder.load()
    let plain = AnnotationStore(corpus: corpus)
    #expect(try plain.annotations(for: "a").revision != plain.annotations(for: "b").revision)
    // Read at the committed revision, without recovering (nothing is written).
    let reader = try plain.readingCommittedRevision()
    #expect(reader.readRevision == 1)
    #expect(reader.readsBehindACommit)
    #expect(try reader.annotations(for: "a").spans.count == 1)
    #expect(try reader.annotations(for: "b").spans.isEmpty)
    #expect(try reader.log().map(\.number) == [1])
    #expect(FileSystem.fileExists(atPath: folder.root + "/Annotations/.journal"))
  }
}
