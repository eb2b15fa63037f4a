import GlossCore

/// Turns a treebank sentence's UPOS, LEMMA, HEAD and DEPREL columns into
/// `syntax` spans (``SyntaxLayer``) for the words whose gold syntax differs
/// from what Gloss predicted.
struct GoldSyntax {
  /// The document's syntax tokens.
  let tokens: [Range<Int>]
  /// The cached prediction, if any.
  let predicted: DocumentSyntax?

  init(document: Document, predicted: DocumentSyntax?) {
    let tokens = DocumentSyntax.tokenizer.tokenize(document.text).tokens
    self.tokens = tokens
    self.predicted = predicted.flatMap { $0.count == tokens.count ? $0 : nil }
  }

  /// The spans of one sentence; `wordRanges` are its words' offsets (`nil`
  /// inside a multiword token that does not spell its words).
  func spans(of sentence: CoNLLUSentence, wordRanges: [Range<Int>?], path: String, firstLine: Int) -> [ImportedSpan] {
    let words = sentence.words
    if words.allSatisfy({ $0.upos == "X" && $0.lemma == "_" }) { return [] }
    var result: [ImportedSpan] = []
    for (index, word) in words.enumerated() {
      guard let range = wordRanges[index], UniversalDependencies.tags.contains(word.upos) else { continue }
      var token = TokenSyntax(tag: word.upos, lemma: word.lemma == "_" ? "" : word.lemma, head: nil, relation: "")
      var headStart: Int?
      if let head = word.head, word.deprel != "_" {
        if head == 0 {
          token.relation = word.deprel
        } else if head - 1 < wordRanges.count, let headRange = wordRanges[head - 1] {
          token.relation = word.deprel
          headStart = headRange.lowerBound
        }
      }
      if let position = SyntaxLayer.token(startingAt: range.lowerBound, in: tokens), tokens[position] == range,
        let predicted, Self.agrees(token, headStart: headStart, with: predicted[position], tokens: tokens)
      {
        continue
      }
      var attributes: [String: String] = [:]
      if !token.lemma.isEmpty { attributes[SyntaxLayer.lemmaAttribute] = token.lemma }
      if !token.relation.isEmpty {
        attributes[SyntaxLayer.headAttribute] = headStart.map(String.init) ?? SyntaxLayer.rootHead
        attributes[SyntaxLayer.relationAttribute] = token.relation
      }
      result.append(
        ImportedSpan(
          layer: SyntaxLayer.name, label: token.tag, range: range, attributes: attributes,
          location: FileLocation(path: path, line: firstLine + index)))
    }
    return result
  }

  /// Whether the gold word says what the prediction says.
  private static func agrees(
    _ gold: TokenSyntax, headStart: Int?, with predicted: TokenSyntax, tokens: [Range<Int>]
  ) -> Bool {
    gold.tag == predicted.tag && gold.lemma == predicted.lemma && gold.relation == predicted.relation
      && headStart == predicted.head.map { tokens[$0].lowerBound }
  }
}
