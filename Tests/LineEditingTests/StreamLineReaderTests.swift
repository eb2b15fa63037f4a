import LineEditing
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("StreamLineReader")
struct StreamLineReaderTests {
  /// Reads everything from a reader until end of input.
  private func readAll(_ reader: StreamLineReader) -> [String] {
    var lines: [String] = []
    while case .line(let line) = reader.readLine(prompt: "ignored> ") {
      lines.append(line)
    }
    return lines
  }

  /// A pipe whose write end has been filled with `bytes` and closed.
  private func pipe(containing bytes: [UInt8]) throws -> Int32 {
    var descriptors: [Int32] = [0, 0]
    try #require(Glibc.pipe(&descriptors) == 0)
    let written = bytes.withUnsafeBytes { write(descriptors[1], $0.baseAddress, $0.count) }
    close(descriptors[1])
    try #require(written == bytes.count)
    return descriptors[0]
  }

  @Test("Lines from a pipe: LF, CRLF, an empty line, no final newline")
  func pipedLines() throws {
    let input = try pipe(containing: Array("one\ntwo\r\n\nžluťoučký kůň\nlast".utf8))
    defer { close(input) }
    let reader = StreamLineReader(fileDescriptor: input)
    #expect(readAll(reader) == ["one", "two", "", "žluťoučký kůň", "last"])
    #expect(reader.readLine(prompt: "") == .endOfInput)
  }

  @Test("A final newline does not add an empty line")
  func finalNewline() throws {
    let input = try pipe(containing: Array("a\nb\n".utf8))
    defer { close(input) }
    #expect(readAll(StreamLineReader(fileDescriptor: input)) == ["a", "b"])
  }

  @Test("Empty input ends at once")
  func emptyInput() throws {
    let input = try pipe(containing: [])
    defer { close(input) }
    #expect(StreamLineReader(fileDescriptor: input).readLine(prompt: "") == .endOfInput)
  }

  @Test("Invalid UTF-8 is repaired, not fatal")
  func invalidUTF8() throws {
    let input = try pipe(containing: [0x61, 0xFF, 0x62, 0x0A])
    defer { close(input) }
    #expect(readAll(StreamLineReader(fileDescriptor: input)) == ["a\u{FFFD}b"])
  }

  @Test("Lines longer than the read block and many short lines")
  func largeInput() throws {
    let long = String(repeating: "x", count: 200_000)
    let short = (0..<20_000).map { "line \($0)" }
    let text = ([long] + short).joined(separator: "\n") + "\r\n"
    var template = Array("/tmp/stream-line-reader.XXXXXX".utf8CString)
    let file = mkstemp(&template)
    try #require(file >= 0)
    unlink(template)
    defer { close(file) }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(file, $0.baseAddress, $0.count) }
    try #require(written == bytes.count)
    lseek(file, 0, SEEK_SET)
    #expect(readAll(StreamLineReader(fileDescriptor: file)) == [long] + short)
  }

  @Test("History is ignored")
  func noHistory() throws {
    let input = try pipe(containing: Array("x\n".utf8))
    defer { close(input) }
    let reader = StreamLineReader(fileDescriptor: input)
    reader.addHistory("remembered?")
    #expect(readAll(reader) == ["x"])
  }
}
