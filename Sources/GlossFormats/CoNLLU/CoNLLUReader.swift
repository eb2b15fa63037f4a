#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads CoNLL-U sentences one at a time.
///
/// The reader follows the CoNLL-U format of Universal Dependencies v2:
/// sentences are separated by blank lines; comment lines start with `#`;
/// every other line has ten tab-separated columns and an ID that is an
/// integer (a word), a range `n-m` (a multiword token) or a decimal `n.m` (an
/// empty node). Lines may end in `\n` or `\r\n`.
///
/// ```swift
/// var reader = try CoNLLUReader(contentsOfFile: "en_ewt-ud-dev.conllu")
/// while let sentence = try reader.next() {
///   print(sentence.sentenceID ?? "?", sentence.words.count)
/// }
/// ```
///
/// The reader holds the file's bytes and parses a sentence only when asked
/// for it.
public struct CoNLLUReader: Sendable {
  /// The path reported in errors.
  public let path: String
  private let bytes: [UInt8]
  private var position = 0
  private var lineNumber = 0

  /// Creates a reader over bytes already in memory.
  ///
  /// - Parameters:
  ///   - bytes: The UTF-8 contents of a CoNLL-U file.
  ///   - path: The name to report in errors.
  public init(bytes: [UInt8], path: String = "<memory>") {
    self.bytes = bytes
    self.path = path
  }

  /// Creates a reader over a string.
  public init(string: String, path: String = "<memory>") {
    self.init(bytes: Array(string.utf8), path: path)
  }

  /// Creates a reader over the file at `path`.
  ///
  /// - Throws: ``CoNLLUError`` with code ``CoNLLUError/Code/unreadableFile``
  ///   if the file cannot be read.
  public init(contentsOfFile path: String) throws(CoNLLUError) {
    // The one place GlossFormats touches the file system.
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CoNLLUError(code: .unreadableFile, path: path, line: nil, message: "cannot read the file")
    }
    self.init(bytes: [UInt8](data), path: path)
  }

  /// Reads every remaining sentence.
  public mutating func readAll() throws(CoNLLUError) -> [CoNLLUSentence] {
    var sentences: [CoNLLUSentence] = []
    while let sentence = try next() { sentences.append(sentence) }
    return sentences
  }

  /// Reads the next sentence, or returns `nil` at the end of the input.
  ///
  /// - Throws: ``CoNLLUError`` for a malformed line; the reader then stands
  ///   after that line.
  public mutating func next() throws(CoNLLUError) -> CoNLLUSentence? {
    var sentence = CoNLLUSentence()
    var started = false
    while let line = nextLine() {
      if line.isEmpty {
        if started { return sentence }
        continue
      }
      if !started {
        started = true
        sentence.lineNumber = lineNumber
      }
      guard let text = String(validating: bytes[line], as: UTF8.self) else {
        throw error(.invalidUTF8, "the line is not well-formed UTF-8")
      }
      if text.utf8.first == UInt8(ascii: "#") {
        var comment = text.dropFirst()
        if comment.first == " " { comment = comment.dropFirst() }
        sentence.comments.append(String(comment))
        continue
      }
      try parseNode(text, into: &sentence)
    }
    return started ? sentence : nil
  }

  /// The byte range of the next line without its terminator, or `nil` at the
  /// end of the input.
  private mutating func nextLine() -> Range<Int>? {
    guard position < bytes.count else { return nil }
    let start = position
    var end = start
    while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
    position = end < bytes.count ? end + 1 : end
    lineNumber += 1
    if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<end
  }

  private func error(_ code: CoNLLUError.Code, _ message: String) -> CoNLLUError {
    CoNLLUError(code: code, path: path, line: lineNumber, message: message)
  }

  private func parseNode(_ line: String, into sentence: inout CoNLLUSentence) throws(CoNLLUError) {
    let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    guard columns.count == 10 else {
      throw error(.wrongColumnCount, "expected 10 tab-separated columns, found \(columns.count)")
    }
    let id = columns[0]
    if let dash = id.firstIndex(of: "-") {
      guard let first = Self.positiveInteger(id[..<dash]),
        let last = Self.positiveInteger(id[id.index(after: dash)...]), first < last
      else { throw error(.invalidID, "invalid multiword token range '\(id)'") }
      sentence.multiwordTokens.append(
        CoNLLUMultiwordToken(
          range: first...last, form: columns[1], lemma: columns[2], upos: columns[3],
          xpos: columns[4], feats: columns[5], head: columns[6], deprel: columns[7],
          deps: columns[8], misc: columns[9]))
    } else if let dot = id.firstIndex(of: ".") {
      guard let major = Self.integer(id[..<dot]),
        let minor = Self.positiveInteger(id[id.index(after: dot)...])
      else { throw error(.invalidID, "invalid empty node ID '\(id)'") }
      sentence.emptyNodes.append(
        CoNLLUEmptyNode(
          major: major, minor: minor, form: columns[1], lemma: columns[2], upos: columns[3],
          xpos: columns[4], feats: columns[5], head: columns[6], deprel: columns[7],
          deps: columns[8], misc: columns[9]))
    } else {
      guard let number = Self.positiveInteger(id[...]) else {
        throw error(.invalidID, "invalid word ID '\(id)'")
      }
      let head: Int?
      if columns[6] == "_" {
        head = nil
      } else if let value = Self.integer(columns[6][...]) {
        head = value
      } else {
        throw error(.invalidHead, "invalid HEAD '\(columns[6])'")
      }
      // Words are numbered 1, 2, 3, … (HEAD and multiword tokens refer to
      // them by number): a gap or a restart is a blank line gone missing.
      guard number == sentence.words.count + 1 else {
        throw error(
          .invalidID,
          "word ID \(number) where \(sentence.words.count + 1) was expected (a blank line missing before a sentence?)")
      }
      sentence.words.append(
        CoNLLUWord(
          id: number, form: columns[1], lemma: columns[2], upos: columns[3], xpos: columns[4],
          feats: columns[5], head: head, deprel: columns[7], deps: columns[8], misc: columns[9]))
    }
  }

  /// A non-negative decimal integer written with ASCII digits only.
  private static func integer(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.utf8.count <= 9,
      text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else { return nil }
    return Int(text)
  }

  private static func positiveInteger(_ text: Substring) -> Int? {
    guard let value = integer(text), value > 0 else { return nil }
    return value
  }
}
