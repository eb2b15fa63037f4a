import GlossTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

private typealias Key = DemoSession.Key

/// End-to-end tests: `line-editing-demo` on a real pseudo-terminal.
///
/// Assertions look for lines the demo prints (`got: …`, `cancelled`, `bye`),
/// never for exact screen bytes: the terminal echoes input and libedit emits
/// cursor-movement sequences.
@Suite("EditLineReader on a pseudo-terminal")
struct EditLineReaderTests {
  @Test("A typed line is returned")
  func typedLine() throws {
    let session = try DemoSession()
    defer { DemoSession.remove(session.home) }
    try session.type("hello world" + Key.enter, expecting: "got: hello world\r\n")
    #expect(try session.quit() == 0)
  }

  @Test("Left arrow moves the cursor for an insertion")
  func leftArrowInsertion() throws {
    let session = try DemoSession()
    defer { DemoSession.remove(session.home) }
    try session.type("abd" + Key.left + "c" + Key.enter, expecting: "got: abcd\r\n")
    #expect(try session.quit() == 0)
  }

  @Test("Ctrl-A and Ctrl-E jump to the start and end of the line")
  func lineStartAndEnd() throws {
    let session = try DemoSession()
    defer { DemoSession.remove(session.home) }
    try session.type(
      "bc" + Key.controlA + "a" + Key.controlE + "d" + Key.enter,
      expecting: "got: abcd\r\n")
    #expect(try session.quit() == 0)
  }

  @Test("History persists across sessions and Up recalls it")
  func historyAcrossRestart() throws {
    let first = try DemoSession()
    defer { DemoSession.remove(first.home) }
    try first.type("alpha" + Key.enter, expecting: "got: alpha\r\n")
    try first.type("beta one" + Key.enter, expecting: "got: beta one\r\n")
    #expect(try first.quit() == 0)

    let second = try DemoSession(home: first.home)
    try second.type(Key.up + Key.enter, expecting: "got: beta one\r\n")
    try second.type(Key.up + Key.up + Key.enter, expecting: "got: alpha\r\n")
    #expect(try second.quit() == 0)

    let file = try #require(fopen(second.historyFile, "r"))
    defer { fclose(file) }
    var header = [UInt8](repeating: 0, count: 13)
    #expect(fread(&header, 1, header.count, file) == header.count)
    #expect(String(decoding: header, as: UTF8.self) == "_HiStOrY_V2_\n")
  }

  @Test("Tab completes a unique prefix and lists an ambiguous one")
  func tabCompletion() throws {
    let session = try DemoSession()
    defer { DemoSession.remove(session.home) }
    // Unique: the rest of the word and a space are inserted.
    try session.type("conc" + Key.tab + Key.enter, expecting: "got: concordance \r\n")
    // Ambiguous with nothing to insert: the candidates are listed.
    try session.terminal.send("doc-00" + Key.tab)
    try session.terminal.expect("doc-000  doc-002")
    try session.waitForPrompt()
    // Typing one more character makes it unique.
    try session.type("2" + Key.tab + Key.enter, expecting: "got: doc-002 \r\n")
    // Ambiguous with a common prefix: the prefix is inserted.
    try session.type("comm" + Key.tab + Key.enter, expecting: "got: commit \r\n")
    try session.type("do" + Key.tab + "0" + Key.enter, expecting: "got: doc-000\r\n")
    #expect(try session.quit() == 0)
  }

  @Test("Ctrl-R searches the history incrementally")
  func reverseSearch() throws {
    let session = try DemoSession()
    defer { DemoSession.remove(session.home) }
    try session.type("count words" + Key.enter, expecting: "got: count words\r\n")
    try session.type("commit now" + Key.enter, expecting: "got: commit now\r\n")
    try session.type("doc-000 view" + Key.enter, expecting: "got: doc-000 view\r\n")
    try session.type(Key.controlR + "unt" + Key.enter, expecting: "got: count words\r\n")
    #expect(try session.quit() == 0)
  }

  @Test(
    "Non-ASCII input round-trips even when LANG names a missing locale",
    arguments: [["LANG": "en_US.UTF-8"], ["LANG": "C"], [:]]
  )
  func nonASCIIInput(environment: [String: String]) throws {
    let session = try DemoSession(environment: environment)
    defer { DemoSession.remove(session.home) }
    try session.type("žluťoučký" + Key.enter, expecting: "got: žluťoučký\r\n")
    // Editing works on characters, not bytes.
    try session.type(
      "žlťoučkýx" + Key.backspace + String(repeating: Key.left, count: 6) + "u"
        + Key.enter,
      expecting: "got: žluťoučký\r\n")
    #expect(try session.quit() == 0)
  }

  @Test("Ctrl-C at the prompt discards the line and reading continues")
  func interruptAtPrompt() throws {
    let session = try DemoSession()
    defer { DemoSession.remove(session.home) }
    try session.terminal.send("partial")
    try session.terminal.expect("partial")
    try session.terminal.send(Key.controlC)
    try session.terminal.expect("^C")
    try session.waitForPrompt()
    try session.type("fresh" + Key.enter, expecting: "got: fresh\r\n")
    #expect(!session.terminal.transcript.contains("partialfresh"))
    #expect(try session.quit() == 0)
  }

  @Test("Ctrl-C while libedit is busy between reads still discards the line")
  func interruptBetweenReads() throws {
    let session = try DemoSession()
    defer { DemoSession.remove(session.home) }
    // The signal arrives during a completion, not during a read: its handler
    // runs before libedit blocks reading the next key.
    try session.terminal.send("slow" + Key.tab)
    try session.terminal.expect("completing slowly")
    try session.terminal.send(Key.controlC)
    try session.terminal.expect("^C")
    try session.waitForPrompt()
    try session.type("fresh" + Key.enter, expecting: "got: fresh\r\n")
    #expect(try session.quit() == 0)
  }

  @Test("Ctrl-C during a running command cancels it and the prompt returns")
  func interruptDuringCommand() throws {
    let session = try DemoSession()
    defer { DemoSession.remove(session.home) }
    try session.terminal.send("sleep" + Key.enter)
    try session.terminal.expect("sleeping")
    let start = ContinuousClock.now
    try session.terminal.send(Key.controlC)
    try session.terminal.expect("cancelled")
    #expect(ContinuousClock.now - start < .seconds(5))
    try session.waitForPrompt()
    try session.type("still here" + Key.enter, expecting: "got: still here\r\n")
    #expect(try session.quit() == 0)
  }

  @Test("Ctrl-D on an empty line ends input with status 0")
  func endOfInput() throws {
    let session = try DemoSession()
    defer { DemoSession.remove(session.home) }
    #expect(try session.quit() == 0)
  }

  @Test("A continuation prompt can be shown for the next line")
  func continuationPrompt() throws {
    let session = try DemoSession()
    defer { DemoSession.remove(session.home) }
    try session.terminal.send("count \\" + Key.enter)
    try session.waitForPrompt("...> ")
    try session.type("words" + Key.enter, expecting: "got: count  words\r\n")
    #expect(try session.quit() == 0)
  }

  @Test("~/.editrc lines prefixed with gloss: are applied")
  func userBindings() throws {
    let home = try DemoSession.makeTemporaryDirectory()
    defer { DemoSession.remove(home) }
    let file = try #require(fopen(home + "/.editrc", "w"))
    fputs("gloss:bind ^X ed-move-to-beg\nother:bind ^A ed-move-to-end\n", file)
    fclose(file)
    let session = try DemoSession(home: home)
    try session.type("bc\u{18}a" + Key.enter, expecting: "got: abc\r\n")
    try session.type("ab" + Key.controlA + "x" + Key.enter, expecting: "got: xab\r\n")
    #expect(try session.quit() == 0)
  }
}
