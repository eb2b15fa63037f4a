/// One sentence of a CoNLL-U file: its comment lines, words, multiword
/// tokens and empty nodes.
///
/// Comments keep their text after the `#` (and one following space), so
/// `# sent_id = a-1` is kept as `sent_id = a-1`. The common metadata
/// (``sentenceID``, ``text``, ``newDocumentID``, ``startsParagraph``) are read
/// from them on demand.
public struct CoNLLUSentence: Sendable, Hashable {
  /// The comment lines before the sentence, without the leading `# `.
  public var comments: [String]
  /// The syntactic words, in ID order.
  public var words: [CoNLLUWord]
  /// The multiword tokens (range lines), in text order.
  public var multiwordTokens: [CoNLLUMultiwordToken]
  /// The empty nodes (decimal IDs), in file order.
  public var emptyNodes: [CoNLLUEmptyNode]
  /// The 1-based line number of the sentence's first line in its file.
  public var lineNumber: Int

  /// Creates a sentence.
  public init(
    comments: [String] = [], words: [CoNLLUWord] = [],
    multiwordTokens: [CoNLLUMultiwordToken] = [], emptyNodes: [CoNLLUEmptyNode] = [],
    lineNumber: Int = 0
  ) {
    self.comments = comments
    self.words = words
    self.multiwordTokens = multiwordTokens
    self.emptyNodes = emptyNodes
    self.lineNumber = lineNumber
  }

  /// The value of a `key = value` comment, or `nil` if there is none.
  ///
  /// For a comment that is only a key (such as `newpar`), the value is the
  /// empty string.
  public func metadata(_ key: String) -> String? {
    for comment in comments {
      guard comment.hasPrefix(key) else { continue }
      let rest = comment.dropFirst(key.count)
      if rest.isEmpty { return "" }
      let trimmed = rest.drop { $0 == " " }
      if trimmed.first == "=" {
        return String(trimmed.dropFirst().drop { $0 == " " })
      }
    }
    return nil
  }

  /// The `sent_id` comment, if any.
  public var sentenceID: String? { metadata("sent_id") }

  /// The `text` comment (the sentence's original text), if any.
  public var text: String? { metadata("text") }

  /// The ID given by a `newdoc id = …` comment, or the empty string for a bare
  /// `newdoc`; `nil` when the sentence does not start a document.
  public var newDocumentID: String? { metadata("newdoc id") ?? metadata("newdoc") }

  /// Whether the sentence starts a new document.
  public var startsDocument: Bool { newDocumentID != nil }

  /// Whether the sentence starts a new paragraph (a `newpar` comment, or the
  /// start of a document).
  public var startsParagraph: Bool {
    startsDocument || metadata("newpar id") != nil || metadata("newpar") != nil
  }

  /// The tokens of the surface text, in order: each multiword token stands
  /// for the words it covers, and every other word is a token of its own.
  /// Empty nodes have no surface form and are left out.
  public var surfaceTokens: [CoNLLUSurfaceToken] {
    var result: [CoNLLUSurfaceToken] = []
    result.reserveCapacity(words.count)
    var nextMultiword = 0
    var coveredThrough = 0
    for word in words {
      while nextMultiword < multiwordTokens.count
        && multiwordTokens[nextMultiword].range.upperBound < word.id
      {
        nextMultiword += 1
      }
      if nextMultiword < multiwordTokens.count
        && multiwordTokens[nextMultiword].range.lowerBound == word.id
      {
        let token = multiwordTokens[nextMultiword]
        result.append(
          CoNLLUSurfaceToken(form: token.form, spaceAfter: token.spaceAfter, words: token.range))
        coveredThrough = token.range.upperBound
        nextMultiword += 1
        continue
      }
      if word.id <= coveredThrough { continue }
      result.append(CoNLLUSurfaceToken(form: word.form, spaceAfter: word.spaceAfter, words: word.id...word.id))
    }
    return result
  }
}
