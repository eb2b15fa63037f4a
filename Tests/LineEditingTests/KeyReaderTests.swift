import GlossTestSupport
import Testing

@testable import LineEditing

#if canImport(Glibc)
  import Glibc
#endif

/// KeyReader through a pseudo-terminal: single keys without Enter, Ctrl-C as
/// a key, and the terminal back in canonical mode after every key.
@Suite(.serialized) struct KeyReaderTests {
  @Test func readsSingleKeysAndRestoresTheTerminal() throws {
    let terminal = try PseudoTerminal(
      executable: try DemoSession.executablePath(), arguments: ["--keys"],
      environment: ["HOME": "/tmp", "TERM": "xterm", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
    _ = try terminal.expect("key? ")
    try terminal.waitForRawMode()
    try terminal.send("a")
    _ = try terminal.expect("key: a (canonical: yes)")
    _ = try terminal.expect("key? ")
    try terminal.waitForRawMode()
    try terminal.send("\u{03}")
    _ = try terminal.expect("interrupt (canonical: yes)")
    _ = try terminal.expect("key? ")
    try terminal.waitForRawMode()
    try terminal.send("é")
    _ = try terminal.expect("key: é (canonical: yes)")
    _ = try terminal.expect("key? ")
    try terminal.waitForRawMode()
    try terminal.send("q")
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func isNilWithoutATerminal() {
    var pipeEnds: [Int32] = [0, 0]
    pipe(&pipeEnds)
    defer {
      close(pipeEnds[0])
      close(pipeEnds[1])
    }
    #expect(KeyReader(fileDescriptor: pipeEnds[0]) == nil)
  }
}
