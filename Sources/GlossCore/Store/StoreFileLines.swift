/// Splits a store file into its JSON lines and parses each, turning syntax
/// errors into ``StoreError/corruptFile(_:message:)`` with the
/// file's own line numbers.
enum StoreFileLines {
  /// The parsed non-empty lines of `bytes`, each with its 1-based line number.
  static func parse(_ bytes: [UInt8], path: String) throws(StoreError) -> [(line: Int, value: JSONValue)] {
    var result: [(Int, JSONValue)] = []
    var lineNumber = 0
    var start = 0
    while start < bytes.count {
      lineNumber += 1
      var end = start
      while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
      let line = bytes[start..<end]
      if !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }) {
        do {
          result.append((lineNumber, try JSONParser.parse(line)))
        } catch {
          throw .corruptFile(error.location(inFile: path, firstLine: lineNumber), message: error.message)
        }
      }
      if end == bytes.count && bytes.last != UInt8(ascii: "\n") {
        throw .corruptFile(
          FileLocation(path: path, line: lineNumber),
          message: "the last line is not terminated by a newline (the file may be truncated)")
      }
      start = end + 1
    }
    return result
  }
}
