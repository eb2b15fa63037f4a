import GlossCore

/// The new extent `resize` gives a span, as written after its id: offsets
/// (`120..134`), the text it should cover (`"Luiz Inácio Lula da Silva"`,
/// with `#2` for the second occurrence), or moves of its edges by whole
/// tokens (`+0 +2`: the end two tokens right; `-1 +0`: the start one token
/// left).
public enum ExtentRequest: Sendable, Hashable {
  /// Explicit scalar offsets.
  case offsets(Range<Int>)
  /// An occurrence of a text (the only one, or the 1-based `occurrence`).
  case text(String, occurrence: Int?)
  /// Moves of the start and end edges by whole tokens; negative is left.
  case tokens(start: Int, end: Int)

  /// Reads the words after the span's id; `quoted` says whether the first
  /// was quoted (a quoted `12..20` is text).
  public init(_ words: [String], quoted: Bool) throws(ExtentRequestError) {
    if words.count == 2, let start = Self.move(words[0]), let end = Self.move(words[1]) {
      self = .tokens(start: start, end: end)
      return
    }
    guard let first = words.first, words.count <= 2 else {
      throw ExtentRequestError("expected START..END, \"TEXT\" [#N], or two token moves such as +0 +2")
    }
    let parts = first.split(separator: ".", omittingEmptySubsequences: false)
    if !quoted, words.count == 1, parts.count == 3, parts[1].isEmpty, let start = Int(parts[0]),
      let end = Int(parts[2])
    {
      guard start < end else { throw ExtentRequestError("START must be less than END in START..END") }
      self = .offsets(start..<end)
      return
    }
    var occurrence: Int?
    if words.count == 2 {
      guard words[1].hasPrefix("#"), let number = Int(words[1].dropFirst()), number >= 1 else {
        throw ExtentRequestError(
          "after the text, expected #N with N counting from 1, not '\(words[1])' (token moves come in pairs: +0 +2)")
      }
      occurrence = number
    }
    self = .text(first, occurrence: occurrence)
  }

  /// `+N` or `-N` (or `0`).
  private static func move(_ word: String) -> Int? {
    guard let first = word.first, first == "+" || first == "-" || word == "0" else { return nil }
    return Int(word.dropFirst(first == "+" ? 1 : 0))
  }

  /// The range the request gives `span` in `document`, found through
  /// `session` (quoted text) or the document's tokens (moves).
  public func range(for span: Span, in document: Document, session: AnnotationSession) throws -> Range<Int> {
    switch self {
    case .offsets(let range):
      return range
    case .text(let text, let occurrence):
      let found = try session.ranges(of: text, in: document.id, occurrence: occurrence)
      if occurrence == nil, found.count > 1 {
        let places = found.prefix(4).map { "\($0.lowerBound)..\($0.upperBound)" }.joined(separator: ", ")
        throw ExtentRequestError(
          "'\(text)' occurs \(found.count) times in \(document.id) (at \(places)\(found.count > 4 ? ", …" : "")); "
            + "add #N for one of them")
      }
      return found[0]
    case .tokens(let startMove, let endMove):
      return try Self.moved(
        span.range, start: startMove, end: endMove, tokens: Tokenizer().tokenize(document.text).tokens)
    }
  }

  /// `range` with its start and end edges moved by whole `tokens`.
  static func moved(_ range: Range<Int>, start: Int, end: Int, tokens: [Range<Int>]) throws(ExtentRequestError)
    -> Range<Int>
  {
    // The tokens the edges are in (or, between tokens, the nearest inside).
    guard let first = tokens.firstIndex(where: { $0.upperBound > range.lowerBound }),
      let last = tokens.lastIndex(where: { $0.lowerBound < range.upperBound }), first <= last
    else { throw ExtentRequestError("the span covers no token, so it cannot be moved by tokens") }
    let newFirst = first + start
    let newLast = last + end
    guard newFirst >= 0, newLast < tokens.count else {
      throw ExtentRequestError(
        "moving the edges by \(start) and \(end) token(s) leaves the text (the span covers tokens \(first + 1)–\(last + 1) of \(tokens.count))"
      )
    }
    guard newFirst <= newLast else {
      throw ExtentRequestError("moving the edges by \(start) and \(end) token(s) would leave the span empty")
    }
    return tokens[newFirst].lowerBound..<tokens[newLast].upperBound
  }
}

/// An ``ExtentRequest`` that cannot be read or applied.
public struct ExtentRequestError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong.
  public var description: String

  /// Creates the error.
  public init(_ description: String) { self.description = description }
}
