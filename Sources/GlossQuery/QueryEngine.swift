import GlossCore

/// Parses, plans and runs queries over a corpus and its annotations, and
/// keeps the named result sets of `let`.
///
/// The engine owns a ``CorpusIndex``. Give it every change of annotations
/// with ``update(documentID:annotations:)`` (or ``refresh(from:)`` for a whole
/// session) and it re-indexes just the documents that changed.
public struct QueryEngine: Sendable {
  /// The corpus queried.
  public let corpus: Corpus
  /// Its indexes.
  public private(set) var index: CorpusIndex
  /// Result sets named with `let`, each in document order.
  public private(set) var resultSets: [String: [QueryMatch]] = [:]
  /// The annotations each document's span table was built from.
  private var indexed: [String: DocumentAnnotations] = [:]

  /// Creates an engine over an index already built for `corpus`.
  public init(corpus: Corpus, index: CorpusIndex) {
    self.corpus = corpus
    self.index = index
    let cache = SyntaxCache(corpus: corpus)
    for position in corpus.documents.indices where position < index.documents.count {
      refreshSyntax(position, cache: cache)
    }
  }

  /// Builds the index of `corpus`, reading each document's committed annotations from `store`.
  public init(corpus: Corpus, store: AnnotationStore) throws(StoreError) {
    self.init(
      corpus: corpus,
      index: try CorpusIndex(corpus: corpus) { id throws(StoreError) in try store.annotationsForIndex(id) })
  }

  /// The names a query may use now.
  public var vocabulary: QueryVocabulary {
    var vocabulary = QueryVocabulary(corpus: corpus, resultSets: Set(resultSets.keys))
    vocabulary.hasSyntax = !index.syntax.isEmpty
    return vocabulary
  }

  /// Parses a query, checking its names.
  public func parse(_ query: String) throws(QueryError) -> QueryExpression {
    try QueryParser.parse(query, vocabulary: vocabulary)
  }

  /// Plans a parsed query; planning decides regular expressions over the
  /// lexicon, which `limits` can stop.
  public func plan(_ expression: QueryExpression, limits: QueryLimits = .none) throws(QueryInterruption) -> QueryPlan {
    try QueryPlan(expression, index: index, resultSets: resultSets, steps: RegexSteps(LimitCheck(limits: limits)))
  }

  /// The matches of `expression`, in document order, sequences matched as
  /// `matching` says.
  public func run(
    _ expression: QueryExpression, limits: QueryLimits = .none, matching: SequenceMatching = .standard
  ) throws(QueryInterruption) -> [QueryMatch] {
    var evaluator = QueryEvaluator(index: index, corpus: corpus, limits: limits, matching: matching)
    let plan = try QueryPlan(
      expression, index: index, resultSets: resultSets, explaining: false, steps: RegexSteps(evaluator.check))
    return try evaluator.run(plan)
  }

  /// The corpus-wide indices of the tokens inside `match`.
  public func tokens(of match: QueryMatch) -> Range<Int> {
    let entry = index.documents[Int(match.document)]
    let first = Int(entry.firstToken)
    let end = first + Int(entry.tokenCount)
    var low = first
    var high = end
    while low < high {
      let middle = (low + high) / 2
      if index.tokenStarts[middle] < match.start { low = middle + 1 } else { high = middle }
    }
    var last = low
    while last < end, index.tokenEnd(last) <= match.end { last += 1 }
    return low..<last
  }

  /// Names a result set for later queries (`let NAME = QUERY`).
  public mutating func define(_ name: String, as matches: [QueryMatch]) {
    resultSets[name] = matches.sorted()
  }

  /// Re-indexes one document's spans if they differ from what was indexed.
  public mutating func update(documentID: String, annotations: DocumentAnnotations) {
    guard indexed[documentID] != annotations, let position = index.documentIndex(of: documentID) else { return }
    let hadCorrections = !index.spans(ofLayer: SyntaxLayer.name, document: position).isEmpty
    index.update(position, annotations: annotations)
    indexed[documentID] = annotations
    if hadCorrections || annotations.spans.contains(where: { $0.layer == SyntaxLayer.name }) {
      refreshSyntax(position, cache: SyntaxCache(corpus: corpus))
    }
  }

  /// Reads document `documentID`'s syntax again from the corpus's
  /// ``SyntaxCache`` (after `tag` computed it), with the corrections of its
  /// `syntax` spans applied.
  public mutating func refreshSyntax(documentID: String) {
    guard let position = index.documentIndex(of: documentID) else { return }
    refreshSyntax(position, cache: SyntaxCache(corpus: corpus))
  }

  /// Sets a document's syntax on the index's tokens: the cached prediction,
  /// with the corrections among its `syntax` spans applied (on the syntax's
  /// own tokens, which split hyphenated words), projected onto the index's.
  private mutating func refreshSyntax(_ position: Int, cache: SyntaxCache) {
    let document = corpus.documents[position]
    let predicted = cache.read(document)
    let corrections = index.spans(ofLayer: SyntaxLayer.name, document: position)
    if corrections.isEmpty {
      if let predicted {
        index.setSyntax(position, predicted.indexSyntax)
      } else if index.syntax.hasSyntax(document: position) {
        index.setSyntax(position, nil)
      }
      return
    }
    let tokens = DocumentSyntax.tokenizer.tokenize(document.text).tokens
    let corrected = SyntaxLayer.applying(corrections, to: predicted?.syntax ?? DocumentSyntax(), tokens: tokens).syntax
    let groups =
      predicted.map { DocumentSyntax.groups(continuing: $0.continuesToken) }
      ?? DocumentSyntax.groups(of: tokens, in: index.tokenRanges(ofDocument: position))
    index.setSyntax(position, groups.map { corrected.projected(onto: $0) })
  }

  /// Brings the span index up to date with a session: its staged changes,
  /// undos and commits. Only documents the session has read can differ.
  public mutating func refresh(from session: inout AnnotationSession) {
    for id in session.readDocumentIDs {
      do {
        update(documentID: id, annotations: try session.anchoredAnnotations(for: id))
      } catch {
        // A stale document's spans would be shifted: it is queried without them.
        if case .staleText = error { update(documentID: id, annotations: DocumentAnnotations(documentID: id)) }
      }
    }
  }

  /// The span a match is, if it is one.
  public func span(of match: QueryMatch) -> (
    layer: String, label: String, id: String, status: SpanStatus, annotator: String, attributes: [String: String]
  )? {
    guard match.isSpan else { return nil }
    let table = index.spanTables[Int(match.document)]
    guard let row = table.row(ofNumber: match.spanNumber) else { return nil }
    let vocabulary = index.spanVocabulary
    let key = Int(table.key(row))
    let set = table.attributeSet(row)
    return (
      vocabulary.layers[key], vocabulary.labels[key], SpanID.make(Int(match.spanNumber)), table.status(row),
      vocabulary.strings[Int(table.annotator(row))], set < 0 ? [:] : vocabulary.attributeSets[Int(set)]
    )
  }

  /// The document of a match.
  public func document(of match: QueryMatch) -> Document {
    corpus.documents[Int(match.document)]
  }

  /// The text a match covers.
  public func text(of match: QueryMatch) -> String {
    document(of: match).text.text(in: match.range)
  }
}
