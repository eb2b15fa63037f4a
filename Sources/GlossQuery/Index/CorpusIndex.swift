import GlossCore

/// The indexes queries run on: every token of the corpus with its word id,
/// offsets and sentence, an inverted index from word to token positions, and
/// per document a ``SpanTable`` with a position-ordered list per label.
///
/// Tokens are numbered across the corpus (document after document), so the
/// token arrays are flat and scanned without allocation. The token part
/// depends on the texts only and is built once; the span part is replaced
/// per document when its annotations change (``update(_:annotations:)``).
public struct CorpusIndex: Sendable {
  /// One document's place in the flat token arrays.
  public struct DocumentEntry: Sendable, Hashable {
    /// The document id.
    public var id: String
    /// The SHA-256 of its text, which the token part was built from.
    public var textSHA256: String
    /// The index of its first token.
    public var firstToken: Int32
    /// Its number of tokens.
    public var tokenCount: Int32
    /// The index of its first sentence.
    public var firstSentence: Int32
    /// Its number of sentences.
    public var sentenceCount: Int32
  }

  /// The documents, in corpus order.
  public internal(set) var documents: [DocumentEntry] = []
  /// The distinct words.
  public internal(set) var lexicon = Lexicon()
  /// Each token's word id, in the smallest width that fits the lexicon.
  public internal(set) var tokenWords = PackedInts()
  /// Each token's start (scalar offset in its document), 16 bits a token.
  public internal(set) var tokenStarts = OffsetColumn()
  /// Each token's length in scalars (255: see ``longTokenEnds``).
  public internal(set) var tokenLengths: [UInt8] = []
  /// The ends of the rare tokens 255 scalars long or longer, by token index.
  public internal(set) var longTokenEnds: [Int32: Int32] = [:]
  /// Each sentence's first token (a corpus-wide token index).
  public internal(set) var sentenceFirstTokens: [Int32] = []
  /// Each sentence's token end (exclusive).
  public internal(set) var sentenceTokenEnds: [Int32] = []
  /// Token positions grouped by word id, delta-coded.
  public internal(set) var postings = Postings()
  /// Each document's length in scalars.
  public internal(set) var textLengths: [Int] = []
  /// The span tables, per document.
  public internal(set) var spanTables: [SpanTable] = []
  /// The names the span tables use.
  public internal(set) var spanVocabulary = SpanVocabulary()
  /// Each token's part of speech, lemma, head and relation, where computed.
  public internal(set) var syntax = SyntaxColumns()
  /// Increases with every change, so views can tell whether they are current.
  public internal(set) var generation = 0

  /// An empty index.
  public init() {}

  /// Builds the index of `corpus` with each document's annotations from
  /// `annotations`, throwing what it throws (so a store's ``StoreError``
  /// reaches the caller as itself).
  public init<Failure: Error>(
    corpus: Corpus, tokenizer: Tokenizer = Tokenizer(),
    annotations: (String) throws(Failure) -> DocumentAnnotations
  ) throws(Failure) {
    var words: [UInt32] = []
    var starts: [Int32] = []
    for document in corpus.documents {
      let tokenization = tokenizer.tokenize(document.text)
      appendTokens(of: document, tokenization, words: &words, starts: &starts)
      spanTables.append(
        SpanTable(try annotations(document.id), vocabulary: &spanVocabulary, textLength: document.text.scalarCount))
    }
    tokenWords = PackedInts(words)
    tokenStarts = OffsetColumn(starts)
    postings = Postings(words: tokenWords, wordCount: lexicon.count)
  }

  mutating func appendTokens(
    of document: Document, _ tokenization: Tokenization, words: inout [UInt32], starts: inout [Int32]
  ) {
    let first = Int32(words.count)
    let text = document.text
    for token in tokenization.tokens {
      words.append(lexicon.intern(text.text(in: token)))
      starts.append(Int32(token.lowerBound))
      if token.count >= 255 {
        longTokenEnds[Int32(tokenLengths.count)] = Int32(token.upperBound)
        tokenLengths.append(255)
      } else {
        tokenLengths.append(UInt8(token.count))
      }
    }
    textLengths.append(document.text.scalarCount)
    let firstSentence = Int32(sentenceFirstTokens.count)
    // Sentences as token ranges: the tokens that start inside each.
    var tokenIndex = 0
    let tokens = tokenization.tokens
    for sentence in tokenization.sentences {
      while tokenIndex < tokens.count, tokens[tokenIndex].lowerBound < sentence.lowerBound { tokenIndex += 1 }
      let begin = tokenIndex
      while tokenIndex < tokens.count, tokens[tokenIndex].lowerBound < sentence.upperBound { tokenIndex += 1 }
      guard tokenIndex > begin else { continue }
      sentenceFirstTokens.append(first + Int32(begin))
      sentenceTokenEnds.append(first + Int32(tokenIndex))
    }
    documents.append(
      DocumentEntry(
        id: document.id, textSHA256: document.textSHA256, firstToken: first, tokenCount: Int32(tokens.count),
        firstSentence: firstSentence, sentenceCount: Int32(sentenceFirstTokens.count) - firstSentence))
  }

  /// The end (scalar offset in its document) of token `token`.
  @inline(__always)
  public func tokenEnd(_ token: Int) -> Int32 {
    let length = tokenLengths[token]
    if length == 255, let end = longTokenEnds[Int32(token)] { return end }
    return tokenStarts[token] + Int32(length)
  }

  /// The positions of word `id`, ascending (decoded from ``postings``).
  public func positions(ofWord id: UInt32) -> [Int32] {
    postings.positions(ofWord: id)
  }

  /// The number of positions of word `id`.
  public func positionCount(ofWord id: UInt32) -> Int {
    postings.count(ofWord: id)
  }

  /// The number of tokens.
  public var tokenCount: Int { tokenWords.count }

  /// Replaces one document's spans (a staged edit, an undo or a commit).
  public mutating func update(_ documentIndex: Int, annotations: DocumentAnnotations) {
    spanTables[documentIndex] = SpanTable(
      annotations, vocabulary: &spanVocabulary, textLength: textLengths[documentIndex])
    generation += 1
  }

  /// Replaces one document's syntax (predicted, with a person's corrections
  /// applied); `nil` removes it.
  public mutating func setSyntax(_ documentIndex: Int, _ documentSyntax: DocumentSyntax?) {
    let entry = documents[documentIndex]
    let first = Int(entry.firstToken)
    syntax.set(
      documentSyntax, document: documentIndex, documentCount: documents.count,
      tokens: first..<(first + Int(entry.tokenCount)), tokenCount: tokenCount)
    generation += 1
  }

  /// The scalar ranges of document `documentIndex`'s tokens.
  public func tokenRanges(ofDocument documentIndex: Int) -> [Range<Int>] {
    let entry = documents[documentIndex]
    let first = Int(entry.firstToken)
    return (first..<(first + Int(entry.tokenCount))).map { Int(tokenStarts[$0])..<Int(tokenEnd($0)) }
  }

  /// The spans of `layer` in document `documentIndex`'s span table.
  public func spans(ofLayer layer: String, document documentIndex: Int) -> [Span] {
    let table = spanTables[documentIndex]
    var result: [Span] = []
    for key in spanVocabulary.keys(layer: layer, label: nil) {
      for row in table.rows(ofKey: key) {
        let set = table.attributeSet(row)
        result.append(
          Span(
            id: SpanID.make(Int(table.number(row))), layer: layer, label: spanVocabulary.labels[Int(key)],
            start: Int(table.start(row)), end: Int(table.end(row)),
            attributes: set < 0 ? [:] : spanVocabulary.attributeSets[Int(set)],
            annotator: spanVocabulary.strings[Int(table.annotator(row))], status: table.status(row)))
      }
    }
    return result
  }

  /// The index of the document with id `id`.
  public func documentIndex(of id: String) -> Int? {
    documents.firstIndex { $0.id == id }
  }

  /// The bytes the token index and the span index occupy (approximately).
  public var memoryFootprint: (tokens: Int, spans: Int) {
    let lexiconBytes = lexicon.words.reduce(0) { $0 + $1.utf8.count + 16 } * 2 + lexicon.count * 8
    let tokens =
      tokenWords.memoryFootprint + tokenStarts.memoryFootprint + tokenLengths.count + longTokenEnds.count * 16
      + sentenceFirstTokens.count * 8 + postings.memoryFootprint + lexiconBytes + documents.count * 160
    let spans = spanTables.reduce(0) { $0 + $1.memoryFootprint } + MemoryLayout<SpanTable>.stride * spanTables.count
    return (tokens + syntax.memoryFootprint, spans)
  }
}
