import GlossCore
import GlossShell

#if canImport(Glibc)
  import Glibc
#endif

/// Facts about the terminal the command talks to, and writing to its streams.
enum Console {
  /// Whether standard output is a terminal.
  static var isOutputTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

  /// Whether standard error is a terminal.
  static var isErrorTerminal: Bool { isatty(STDERR_FILENO) != 0 }

  /// Writes `text` to standard error.
  static func writeError(_ text: String) {
    var bytes = Array(text.utf8)
    if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    writeAll(bytes, to: STDERR_FILENO)
  }

  /// Writes bytes to standard output.
  static func writeOutput(_ bytes: [UInt8]) {
    writeAll(bytes, to: STDOUT_FILENO)
  }

  /// Reads standard input to its end.
  static func readStandardInput() throws -> [UInt8] {
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw CLIFailure("cannot read standard input: \(String(cString: strerror(errno)))")
      }
      if count == 0 { return result }
      result.append(contentsOf: buffer[0..<count])
    }
  }

  /// Writes every byte, retrying short writes and interruptions.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }

  /// Writes a JSON value's bytes, and a newline, to standard output.
  static func writeJSONLine(_ json: [UInt8]) {
    writeOutput(json + [UInt8(ascii: "\n")])
  }
}
