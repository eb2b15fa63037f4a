/// A person's corrections of token syntax, kept as spans of the `syntax`
/// layer so that they are committed, reviewed, undone and blamed like every
/// other annotation.
///
/// A correction span covers exactly one token. Its label is the token's
/// universal part of speech; the attributes `lemma`, `head` and `deprel`, when
/// present, replace the predicted lemma, head and relation. `head` is the
/// scalar offset where the head token starts, or `root`. Rejected corrections
/// are ignored.
public enum SyntaxLayer {
  /// The layer's name.
  public static let name = "syntax"
  /// The attribute holding the lemma.
  public static let lemmaAttribute = "lemma"
  /// The attribute holding the head: the head token's start offset, or ``rootHead``.
  public static let headAttribute = "head"
  /// The attribute holding the dependency relation.
  public static let relationAttribute = "deprel"
  /// The value of ``headAttribute`` for the root of a sentence.
  public static let rootHead = "root"
  /// The relation of a sentence's root.
  public static let rootRelation = "root"

  /// `syntax` (as predicted, or empty) with the corrections among `spans`
  /// applied; `tokens` are the document's tokens, in order. Corrections that
  /// no longer cover exactly one token (the text or the tokenizer changed)
  /// are left out and counted in `ignored`.
  public static func applying(
    _ spans: [Span], to syntax: DocumentSyntax, tokens: [Range<Int>]
  ) -> (syntax: DocumentSyntax, ignored: Int) {
    var result = syntax
    if result.count != tokens.count {
      result = DocumentSyntax(
        Array(repeating: TokenSyntax(tag: "", lemma: "", head: nil, relation: ""), count: tokens.count))
    }
    var ignored = 0
    for span in spans where span.layer == name && span.status != .rejected {
      guard let position = token(startingAt: span.start, in: tokens), tokens[position].upperBound == span.end else {
        ignored += 1
        continue
      }
      var token = result[position]
      token.tag = span.label
      if let lemma = span.attributes[lemmaAttribute] { token.lemma = lemma }
      if let head = span.attributes[headAttribute] {
        if head == rootHead {
          token.head = nil
          if span.attributes[relationAttribute] == nil { token.relation = rootRelation }
        } else if let offset = Int(head), let headToken = Self.token(startingAt: offset, in: tokens),
          headToken != position
        {
          token.head = headToken
        } else {
          ignored += 1
        }
      }
      if let relation = span.attributes[relationAttribute] { token.relation = relation }
      result[position] = token
    }
    return (result, ignored)
  }

  /// The attributes of a correction that sets `token` of a document whose
  /// tokens are `tokens`.
  public static func attributes(for token: TokenSyntax, tokens: [Range<Int>]) -> [String: String] {
    var attributes: [String: String] = [:]
    if !token.lemma.isEmpty { attributes[lemmaAttribute] = token.lemma }
    if token.isParsed {
      attributes[headAttribute] = token.head.map { String(tokens[$0].lowerBound) } ?? rootHead
      attributes[relationAttribute] = token.relation
    }
    return attributes
  }

  /// The index of the token that starts at `offset`, if any.
  public static func token(startingAt offset: Int, in tokens: [Range<Int>]) -> Int? {
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].lowerBound < offset { low = middle + 1 } else { high = middle }
    }
    return low < tokens.count && tokens[low].lowerBound == offset ? low : nil
  }
}
