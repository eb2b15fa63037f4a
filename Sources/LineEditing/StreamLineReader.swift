#if canImport(Glibc)
  import Glibc
#endif

/// Reads lines from a non-terminal input such as a pipe or a file.
///
/// Used when standard input is not a terminal: no prompt, no history, no
/// editing. Input is read in large blocks with `read(2)` (libedit reads a
/// pipe one byte at a time). Lines end at `\n`; a `\r` before it is dropped,
/// and a last line without a terminator is still returned. Invalid UTF-8 is
/// repaired with replacement characters.
public final class StreamLineReader: LineReader {
  private let fileDescriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var reachedEnd = false
  private let blockSize = 64 * 1024

  /// Creates a reader over an open file descriptor.
  ///
  /// The reader does not close the descriptor.
  ///
  /// - Parameter fileDescriptor: Where to read from; standard input by default.
  public init(fileDescriptor: Int32 = STDIN_FILENO) {
    self.fileDescriptor = fileDescriptor
  }

  /// Reads the next line; the prompt is ignored.
  ///
  /// - Parameter prompt: Ignored: nobody is watching a pipe.
  /// - Returns: `.line` for each line, then `.endOfInput` (also on a read error).
  public func readLine(prompt: String) -> LineReadResult {
    guard let bytes = readLineBytes() else { return .endOfInput }
    return .line(String(decoding: bytes, as: UTF8.self))
  }

  /// Reads the next line's bytes as they are (no UTF-8 repair), without its
  /// `\n` and a `\r` before it; `nil` at the end of the input.
  public func readLineBytes() -> [UInt8]? {
    while true {
      if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = takeLine(upTo: newline)
        start = newline + 1
        return line
      }
      if reachedEnd {
        guard start < buffer.count else { return nil }
        let line = takeLine(upTo: buffer.count)
        start = buffer.count
        return line
      }
      fill()
    }
  }

  /// Does nothing: piped input keeps no history.
  ///
  /// - Parameter line: Ignored.
  public func addHistory(_ line: String) {}

  private func takeLine(upTo end: Int) -> [UInt8] {
    var lineEnd = end
    if lineEnd > start, buffer[lineEnd - 1] == UInt8(ascii: "\r") {
      lineEnd -= 1
    }
    return Array(buffer[start..<lineEnd])
  }

  private func fill() {
    if start > 0 {
      buffer.removeFirst(start)
      start = 0
    }
    let oldCount = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: blockSize))
    var count = 0
    repeat {
      count = buffer.withUnsafeMutableBytes { bytes in
        read(fileDescriptor, bytes.baseAddress.map { $0 + oldCount }, blockSize)
      }
    } while count < 0 && errno == EINTR
    buffer.removeLast(blockSize - max(count, 0))
    if count <= 0 {
      reachedEnd = true
    }
  }
}
