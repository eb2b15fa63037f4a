import Foundation
import GlossCore
import GlossShell
import GlossTestSupport
import LineEditing
import Testing

@testable import GlossCLI

/// The progress bar of batch commands: drawn on a terminal's standard
/// error, absent otherwise.
@Suite struct ProgressTests {
  @Test func theLineShowsCountsBarRateAndRemainingTime() {
    let line = ProgressLine.line(title: "tag", completed: 25, total: 100, unit: "docs", elapsed: 5, width: 80)
    #expect(line.hasPrefix("tag  [#########----------------------------]  25/100  25%"))
    #expect(line.contains("5.0 docs/s") && line.hasSuffix("ETA 0:15"))
    #expect(DisplayWidth.of(line) <= 80)
    let done = ProgressLine.line(title: "tag", completed: 3, total: 3, unit: "docs", elapsed: 61, width: 80)
    #expect(done.contains("3/3  100%") && done.hasSuffix("1:01"))
    let narrow = ProgressLine.line(
      title: "export conllu", completed: 1, total: 2, unit: "docs", elapsed: 1, width: 40)
    #expect(DisplayWidth.of(narrow) <= 40)
    #expect(ProgressLine.formatRate(12_345) == "12.3k" && ProgressLine.formatDuration(3723) == "1:02:03")
  }

  @Test func aDisabledReporterWritesNothing() {
    nonisolated(unsafe) var written = ""
    var reporter = ProgressReporter("tag", total: 10, unit: "docs", isEnabled: false) { written += $0 }
    for _ in 0..<10 { reporter.advance() }
    reporter.finish()
    #expect(written.isEmpty)
  }

  @Test func anEnabledReporterDrawsInPlaceAndClears() {
    nonisolated(unsafe) var written = ""
    var reporter = ProgressReporter("tag", total: 2, unit: "docs", isEnabled: true) { written += $0 }
    reporter.advance()
    reporter.advance()
    reporter.finish()
    #expect(written.hasPrefix("\rtag  ["))
    #expect(written.contains("2/2  100%"))
    #expect(written.hasSuffix("\r\u{1B}[K"))
  }

  static let documents = [
    "a": "Signed in June 2024, after over two decades.\n", "b": "Putin met Kim Jong Un in Pyongyang.\n",
  ]

  @Test func nothingIsPrintedWhenStandardErrorIsNotATerminal() throws {
    let folder = try TemporaryCorpus(Self.documents)
    defer { folder.remove() }
    var result = try GlossProcess.run(["tag"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(!result.standardError.contains("\r") && !result.standardError.contains("[#"))
    result = try GlossProcess.run(["export", "conllu", "--all-documents", "-o", "out.conllu"], in: folder.root)
    #expect(result.status == 0)
    #expect(result.standardError == "wrote 2 documents to out.conllu\n")
  }

  @Test func theBarIsDrawnOnATerminal() throws {
    let folder = try TemporaryCorpus(Self.documents)
    defer { folder.remove() }
    let environment = [
      "HOME": folder.root, "TERM": "xterm", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "GLOSS_ANNOTATOR": "tester",
    ]
    var terminal = try PseudoTerminal(
      executable: GlossProcess.executablePath, arguments: ["tag"], environment: environment,
      currentDirectory: folder.root)
    _ = try terminal.expect("tag  [")
    _ = try terminal.expect("2/2  100%")
    _ = try terminal.expect("\r\u{1B}[K")
    #expect(try terminal.waitForExit() == 0)
    terminal = try PseudoTerminal(
      executable: GlossProcess.executablePath, arguments: ["export", "jsonl", "-o", "out.jsonl"],
      environment: environment,
      currentDirectory: folder.root)
    _ = try terminal.expect("export jsonl  [")
    _ = try terminal.expect("2/2  100%")
    _ = try terminal.expect("wrote 2 documents to out.jsonl")
    #expect(try terminal.waitForExit() == 0)
  }
}
