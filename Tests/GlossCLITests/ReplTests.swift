import GlossCore
import GlossTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

private typealias Key = TerminalKey

/// End-to-end tests of the interactive shell: the built `gloss` binary on a
/// pseudo-terminal, typed at like a person would.
///
/// Assertions look at the lines a command prints between the echoed input and
/// the next prompt (see ``ReplSession``), never at exact screen bytes.
@Suite("The REPL on a pseudo-terminal")
struct ReplTests {
  static let text = "Russian President Vladimir Putin met Kim Jong Un in Pyongyang. Putin left.\n"

  private func corpus() throws -> TemporaryCorpus {
    try TemporaryCorpus(
      ["news": Self.text, "other": "Nothing to see in Pyongyang.\n"],
      metadata: ["news": #"{"title": "Summit", "dct": "2024-06-19"}"#])
  }

  @Test("A typed command prints its table")
  func typedCommand() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let repl = try ReplSession(corpus: folder)
    #expect(repl.greeting.contains("2 documents, annotator tester"))
    let lines = try repl.run("docs" + Key.enter)
    #expect(lines.first?.hasPrefix("id") == true)
    let news = try #require(lines.first { $0.hasPrefix("news ") })
    #expect(news.split(separator: " ").dropFirst().first == "14")  // tokens
    #expect(news.contains("Summit"))
    #expect(lines.contains { $0.hasPrefix("other ") })
    #expect(try repl.quit() == 0)
  }

  @Test("Tab completes a unique document id prefix")
  func tabCompletesDocumentID() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let repl = try ReplSession(corpus: folder)
    try repl.terminal.send("show new" + Key.tab)
    // The completion is drawn after the typed text: the rest of the id and a space.
    try repl.terminal.expect("s ")
    let lines = try repl.run(Key.enter)
    #expect(lines.contains("news  Summit  (revision 0, 0 spans)"))
    #expect(lines.contains(String(Self.text.dropLast())))
    #expect(try repl.quit() == 0)
    #expect(try folder.read(".gloss_history").contains("show\\040news"))
  }

  @Test("A typo is fixed with Left, Backspace and an insertion before running")
  func editingBeforeRunning() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let repl = try ReplSession(corpus: folder)
    // "shwo news": back to after "shwo", delete the "o", back one, insert "o".
    let keys = "shwo news" + String(repeating: Key.left, count: 5) + Key.backspace + Key.left + "o" + Key.enter
    let lines = try repl.run(keys)
    #expect(lines.contains("news  Summit  (revision 0, 0 spans)"))
    #expect(!lines.contains { $0.contains("unknown command") })
    #expect(try repl.quit() == 0)
  }

  @Test("History is saved in the corpus folder and Up recalls it after a restart")
  func historyAcrossRestart() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let first = try ReplSession(corpus: folder)
    try first.run("docs" + Key.enter)
    try first.run("show news" + Key.enter)
    #expect(try first.quit() == 0)
    let history = try folder.read(".gloss_history")
    #expect(history.hasPrefix("_HiStOrY_V2_\n"))
    #expect(history.contains("\ndocs\n") && history.contains("show\\040news"))

    let second = try ReplSession(corpus: folder)
    var lines = try second.run(Key.up + Key.enter)
    #expect(lines.contains("news  Summit  (revision 0, 0 spans)"))
    lines = try second.run(Key.up + Key.up + Key.enter)
    #expect(lines.contains { $0.hasPrefix("other ") })
    #expect(try second.quit() == 0)
  }

  @Test("Ctrl-C at the prompt discards the typed line")
  func interruptAtPrompt() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let repl = try ReplSession(corpus: folder)
    try repl.terminal.send("annotate news \"Putin\" as entity:PERSON all")
    try repl.terminal.expect("entity:PERSON all")
    try repl.terminal.send(Key.controlC)
    #expect(try ReplSession.lines(repl.waitForPrompt()).allSatisfy(\.isEmpty))
    let lines = try repl.run("status" + Key.enter)
    #expect(lines == ["nothing staged (annotator: tester)"])
    #expect(try repl.quit() == 0)
    #expect(try !folder.read(".gloss_history").contains("annotate"))
  }

  @Test("An open quote continues the command on the next line")
  func continuationLine() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let repl = try ReplSession(corpus: folder)
    try repl.run("annotate news \"Putin\" as entity:PERSON all" + Key.enter)
    try repl.terminal.send("commit -m \"People of the news." + Key.enter)
    try repl.waitForPrompt(ReplSession.continuationPrompt)
    let lines = try repl.run("Both mentions of Putin.\"" + Key.enter)
    #expect(lines == ["committed revision 1: People of the news.", "Both mentions of Putin."])
    #expect(try repl.quit() == 0)

    let log = try GlossProcess.run(["log"], in: folder.root)
    #expect(log.standardOutput.contains("tester  news       People of the news. Both mentions of Putin.\n"))
  }

  @Test("reload re-applies staged changes onto another writer's commit, and stash keeps work aside")
  func reloadAndStash() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let repl = try ReplSession(corpus: folder)
    try repl.run("annotate news \"Vladimir Putin\" as entity:PERSON" + Key.enter)
    // Another writer commits to the same document meanwhile.
    let other = try GlossProcess.run(
      ["add", "news", "entity:GPE", "--text", "Pyongyang", "--annotator", "bo"], in: folder.root)
    #expect(other.status == 0, "\(other.standardError)")
    let refused = try repl.run("commit -m mine" + Key.enter)
    #expect(refused.joined().contains("reload"), "\(refused)")
    let reloaded = try repl.run("reload" + Key.enter)
    #expect(reloaded.contains("  news: 1 re-applied, 0 already there, 0 in conflict"), "\(reloaded)")
    #expect(try repl.run("commit -m mine" + Key.enter).contains("committed revision 2: mine"))
    // stash: put a change aside, then take it back.
    try repl.run("annotate news \"Kim Jong Un\" as entity:PERSON" + Key.enter)
    #expect(try repl.run("stash save kim" + Key.enter) == ["stashed 1 change of 1 document as entry 1 (stash apply 1)"])
    #expect(try repl.run("status" + Key.enter).joined().contains("nothing staged"))
    #expect(try repl.run("stash list" + Key.enter).contains { $0.hasPrefix("1 ") && $0.hasSuffix("kim") })
    #expect(try repl.run("stash apply 1" + Key.enter).contains("  news: 1 re-applied, 0 already there, 0 in conflict"))
    #expect(try repl.run("commit -m kim" + Key.enter).contains("committed revision 3: kim"))
    #expect(try repl.run("stash list" + Key.enter) == ["no stash entries"])
    #expect(try repl.quit() == 0)
  }

  @Test("Staged changes kept at Ctrl-D come back in the next session")
  func keepStagedChanges() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let first = try ReplSession(corpus: folder)
    try first.run("annotate news \"Vladimir Putin\" as entity:PERSON" + Key.enter)
    #expect(try first.quit(answering: [("[c]ommit, [k]eep for next time, [d]iscard? ", "k")]) == 0)
    #expect(first.terminal.transcript.contains("kept the staged changes"))

    let second = try ReplSession(corpus: folder)
    #expect(second.greeting.contains("took back staged changes of news from your last session"))
    let lines = try second.run("status" + Key.enter)
    #expect(lines.contains("  + s1 entity:PERSON [18, 32) accepted 'Vladimir Putin'"), "\(lines)")
    #expect(try second.quit(answering: [("[d]iscard? ", "d")]) == 0)
    #expect(try GlossProcess.run(["log"], in: folder.root).standardOutput.contains("no revisions yet"))
  }

  @Test("Review takes single keys, typed ahead too, and Tab completes the new label of l")
  func reviewWithLabelCompletion() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let repl = try ReplSession(corpus: folder)
    try repl.run("tag news entity" + Key.enter)
    // The key typed ahead, before review has put the terminal in raw mode,
    // is not lost.
    try repl.terminal.send("review news entity" + Key.enter + "l")
    try repl.terminal.expect("[1/")
    try repl.waitForPrompt("LAYER:LABEL? ")
    // Label completion, not command completion: entity:NO → entity:NORP.
    try repl.terminal.send("entity:NO" + Key.tab)
    try repl.terminal.expect("RP ")
    try repl.terminal.send(Key.enter)
    try repl.terminal.expect(Self.reviewPrompt)
    let lines = try repl.run("q")
    #expect(lines.contains { $0.contains("1 relabelled") }, "\(lines)")
    let status = try repl.run("status" + Key.enter)
    #expect(status.contains { $0.contains("entity:NORP") && $0.contains("accepted") }, "\(status)")
    #expect(try repl.quit(answering: [("[d]iscard? ", "d")]) == 0)
  }

  /// The prompt of `review`, which lists its keys.
  static let reviewPrompt = "[a]ccept [r]eject [l]abel [s]kip [q]uit | start < > end , . [v]alue [u]ndo [?]: "

  @Test("Review moves a suggestion's edges and sets its value with single keys, then accepts the fixed span")
  func reviewFixesEdgesAndValue() throws {
    let folder = try TemporaryCorpus(
      ["d": "The summit opened on 19 June 2024 in Pyongyang.\n"], metadata: ["d": #"{"dct": "2024-06-19"}"#])
    defer { folder.remove() }
    let repl = try ReplSession(corpus: folder)
    #expect(try repl.run("tag d time" + Key.enter).contains { $0.contains("staged 1 suggestion") })
    try repl.terminal.send("review d time" + Key.enter)
    try repl.terminal.expect("[[19 June 2024]]")
    // Each key redraws the span in its sentence.
    for (key, drawn) in [
      ("<", "opened [[on 19 June 2024]] in"), (".", "[[on 19 June 2024 in]] Pyongyang"),
      (">", "on [[19 June 2024 in]] Pyongyang"), (",", "on [[19 June 2024]] in"),
    ] {
      try repl.waitForPrompt(Self.reviewPrompt)
      try repl.terminal.send(key)
      try repl.terminal.expect(drawn)
    }
    try repl.waitForPrompt(Self.reviewPrompt)
    try repl.terminal.send("?")
    try repl.terminal.expect("< start one token left")
    try repl.waitForPrompt(Self.reviewPrompt)
    try repl.terminal.send("v")
    try repl.waitForPrompt("value (now 2024-06-19)? ")
    try repl.terminal.send("2024-06-20" + Key.enter)
    try repl.terminal.expect("value=2024-06-20")
    try repl.waitForPrompt(Self.reviewPrompt)
    try repl.terminal.send("u")
    try repl.terminal.expect("undid: set value")
    try repl.waitForPrompt(Self.reviewPrompt)
    try repl.terminal.send("v")
    try repl.waitForPrompt("value (now 2024-06-19)? ")
    try repl.terminal.send("2024-06-21" + Key.enter)
    try repl.terminal.expect("value=2024-06-21")
    try repl.waitForPrompt(Self.reviewPrompt)
    let lines = try repl.run("a")
    #expect(
      lines.contains { $0.contains("1 accepted, 0 rejected") && $0.contains("1 fixed before deciding") }, "\(lines)")
    let shown = try repl.run("show d time --spans-only" + Key.enter)
    #expect(
      shown.contains {
        $0.contains("s1") && $0.contains("accepted") && $0.contains("19 June 2024") && $0.contains("value=2024-06-21")
      }, "\(shown)")
    // The fixes and the decision are undone one by one.
    #expect(try repl.run("undo" + Key.enter).contains { $0.contains("mark s1 accepted") })
    #expect(try repl.run("undo" + Key.enter).contains { $0.contains("set value on s1") })
    #expect(try repl.run("undo" + Key.enter).contains { $0.contains("resize s1") })
    #expect(try repl.quit(answering: [("[d]iscard? ", "d")]) == 0)
  }

  @Test("Staged changes committed at Ctrl-D are in the log")
  func commitStagedChangesOnLeaving() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let repl = try ReplSession(corpus: folder)
    try repl.run("annotate news \"Pyongyang\" as entity:GPE" + Key.enter)
    let status = try repl.quit(answering: [
      ("1 staged change not committed. [c]ommit, [k]eep for next time, [d]iscard? ", "c"),
      ("commit message: ", "the capital"),
    ])
    #expect(status == 0)
    #expect(repl.terminal.transcript.contains("committed revision 1: the capital"))
    let log = try GlossProcess.run(["log"], in: folder.root)
    #expect(log.standardOutput.contains("tester  news       the capital"))
  }

  @Test("Ctrl-C cancels a running export, which leaves no file, and the REPL goes on")
  func interruptRunningExport() throws {
    let clock = ContinuousClock()
    let folder = try Self.largeCorpus()
    defer { folder.remove() }
    let repl = try ReplSession(corpus: folder)
    try repl.terminal.send("export json -o out.json" + Key.enter)
    // Read the echo first: Ctrl-C makes the terminal discard output not yet
    // read, which could eat the end of the echo and shift the lines.
    try repl.terminal.expect("out.json\r\n")
    // The export has started once its temporary file is there; it then
    // writes document after document, checking for Ctrl-C before each.
    let deadline = clock.now + .seconds(20)
    while true {
      let names = try FileSystem.contentsOfDirectory(atPath: folder.root)
      if names.contains(where: { $0.hasPrefix(".out.json.tmp-") }) { break }
      try #require(!names.contains("out.json"), "the export finished before Ctrl-C could be sent")
      try #require(clock.now < deadline, "the export did not start")
      usleep(1_000)
    }
    let interrupted = clock.now
    try repl.terminal.send(Key.controlC)
    let output = try repl.waitForPrompt()
    // The terminal echoes ^C; the REPL goes on from a new line.
    #expect(output == "^C\r\ncancelled\r\n" + ReplSession.prompt)
    #expect(clock.now - interrupted < .seconds(5))
    let names = try FileSystem.contentsOfDirectory(atPath: folder.root)
    #expect(!names.contains("out.json"))
    #expect(!names.contains { $0.contains(".tmp-") }, "\(names)")

    let log = try repl.run("log" + Key.enter)
    #expect(log.contains { $0.hasSuffix("300 documents  many people") }, "\(log)")
    #expect(try repl.quit() == 0)
  }

  /// 300 documents of about 50 KB (15 MB) with 38 spans each, committed.
  ///
  /// `export json` of it runs for about a second in a debug build on an idle
  /// machine, several on a busy one; the test does not depend on that, as it
  /// presses Ctrl-C as soon as the export's temporary file appears. Making
  /// the corpus bigger mostly makes the set-up slower (committing spans and
  /// loading the corpus grow with it).
  private static func largeCorpus() throws -> TemporaryCorpus {
    let paragraph =
      String(
        repeating: "Russian President Vladimir Putin met Kim Jong Un in Pyongyang on Tuesday. "
          + "The talks lasted three hours and covered trade, energy and security. ",
        count: 3) + "\n\n"
    let text = String(repeating: paragraph, count: 50_000 / paragraph.utf8.count)
    let ids = (0..<300).map { "doc\(String($0 + 1000).dropFirst())" }
    let folder = try TemporaryCorpus(Dictionary(uniqueKeysWithValues: ids.map { ($0, text) }))
    // Spans over "Putin" in every third paragraph (offsets are in scalars,
    // which the ASCII text makes byte offsets).
    let putin = try #require(paragraph.utf8.firstRange(of: "Putin".utf8))
    let first = paragraph.utf8.distance(from: paragraph.utf8.startIndex, to: putin.lowerBound)
    let starts = stride(from: 0, to: text.utf8.count, by: 3 * paragraph.utf8.count).map { $0 + first }
    let spans = starts.enumerated().map { index, start in
      Span(
        id: SpanID.make(index + 1), layer: "entity", label: "PERSON", start: start, end: start + 5,
        annotator: "tester", status: .accepted)
    }
    #expect(spans.allSatisfy { String(decoding: text.utf8.dropFirst($0.start).prefix(5), as: UTF8.self) == "Putin" })
    var session = AnnotationSession(corpus: try folder.load(), annotator: "tester")
    for id in ids {
      try session.stage(spans, for: id, basedOn: 0)
    }
    try session.commit(message: "many people")
    return folder
  }

  @Test("Ctrl-D on an empty line leaves with status 0 and saves the history")
  func endOfInput() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let repl = try ReplSession(corpus: folder)
    try repl.run("set" + Key.enter)
    #expect(try repl.quit() == 0)
    #expect(try folder.read(".gloss_history") == "_HiStOrY_V2_\nset\n")
  }
}
