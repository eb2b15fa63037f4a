import GlossCore
import GlossTaggers

/// The corpus's own accepted spans as BIO training data over the
/// tokenizer's tokens, sentence by sentence.
public struct CorpusTrainingData: Sendable {
  /// One document's labeled sentences.
  public struct DocumentSentences: Sendable {
    /// The document.
    public var documentID: String
    /// Its sentences that hold at least one token.
    public var sentences: [LabeledSequence]
  }

  /// The BIO labels (`O`, then `B-X`, `I-X` for each label in name order).
  public var labels: [String]
  /// The documents that have accepted spans of the layer, in ID order.
  public var documents: [DocumentSentences]
  /// The store revision the spans were read at.
  public var revision: Int
  /// A training-source record (name `corpus:LAYER`, the revision, and a
  /// digest of the documents' texts and spans).
  public var source: TrainingProvenance.Source

  /// Reads the accepted spans of `layer` in every annotated document.
  ///
  /// A token is inside a span when it overlaps it; a span that starts inside
  /// a token of an earlier span of the same sentence is skipped (BIO cannot
  /// nest). Documents with no accepted span of the layer are left out, since
  /// their silence says nothing about what is not an entity.
  public static func read(layer: String, corpus: Corpus) throws -> CorpusTrainingData {
    let store = AnnotationStore(corpus: corpus)
    let revision = try store.headRevision()
    var perDocument: [(String, [Span], Document)] = []
    var labelSet = Set<String>()
    for id in try store.annotatedDocumentIDs().sorted() {
      guard let document = corpus.document(id) else { continue }
      let spans = try store.annotations(for: id).spans.filter { $0.layer == layer && $0.status == .accepted }
      guard !spans.isEmpty else { continue }
      perDocument.append((id, spans.sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }, document))
      for span in spans { labelSet.insert(span.label) }
    }
    let labels = ["O"] + labelSet.sorted().flatMap { ["B-\($0)", "I-\($0)"] }
    let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
    var digest = SHA256()
    var documents: [DocumentSentences] = []
    var sentenceCount = 0
    var tokenCount = 0
    for (id, spans, document) in perDocument {
      digest.update(Array(document.textSHA256.utf8))
      for span in spans { digest.update(Array("\(span.label) \(span.start) \(span.end)\n".utf8)) }
      let text = document.text
      let tokenization = Tokenizer().tokenize(text)
      var sentences: [LabeledSequence] = []
      var tokenIndex = 0
      let tokens = tokenization.tokens
      for sentence in tokenization.sentences {
        var ranges: [Range<Int>] = []
        while tokenIndex < tokens.count && tokens[tokenIndex].lowerBound < sentence.upperBound {
          ranges.append(tokens[tokenIndex])
          tokenIndex += 1
        }
        guard !ranges.isEmpty else { continue }
        var tags = [Int](repeating: 0, count: ranges.count)
        for span in spans where span.end > ranges[0].lowerBound && span.start < ranges[ranges.count - 1].upperBound {
          let inside = ranges.indices.filter { ranges[$0].lowerBound < span.end && ranges[$0].upperBound > span.start }
          guard let first = inside.first, tags[first] == 0 else { continue }
          for k in inside { tags[k] = index["\(k == first ? "B" : "I")-\(span.label)"]! }
        }
        let byteRanges = ranges.map {
          text.utf8Offset(ofScalar: $0.lowerBound)..<text.utf8Offset(ofScalar: $0.upperBound)
        }
        sentences.append(LabeledSequence(tokens: TokenSequence(bytes: text.utf8, tokens: byteRanges), labels: tags))
        tokenCount += ranges.count
      }
      sentenceCount += sentences.count
      documents.append(DocumentSentences(documentID: id, sentences: sentences))
    }
    let source = TrainingProvenance.Source(
      name: "corpus:\(layer)", sha256: digest.finalize().map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(),
      revision: revision, sentences: sentenceCount,
      tokens: tokenCount)
    return CorpusTrainingData(labels: labels, documents: documents, revision: revision, source: source)
  }
}

extension CorpusTrainingData {
  /// Held-out exact-span scores: the documents are split into `folds` folds
  /// (document `i` in fold `i % folds`; at most one fold per document), a
  /// model is trained on the others and tags each fold, and the spans are
  /// pooled over every label.
  public func crossValidate(
    options: TrainingOptions, features: EntityFeatures, folds: Int
  ) -> BoundaryScore {
    let k = max(2, min(folds, documents.count))
    guard documents.count >= 2 else { return BoundaryScore(gold: 0, predicted: 0, correct: 0) }
    var gold = 0
    var predicted = 0
    var correct = 0
    var workspace = SequenceModel.Workspace()
    for fold in 0..<k {
      let training = documents.indices.filter { $0 % k != fold }.flatMap { documents[$0].sentences }
      let model = SequenceModel.train(
        kind: features.kind, labels: labels, data: training, options: options, sources: [source])
      for index in stride(from: fold, to: documents.count, by: k) {
        for sentence in documents[index].sentences {
          model.tag(sentence.tokens, extra: sentence.extraFeatures, workspace: &workspace)
          let truth = Set(LabeledSpan.spans(bio: sentence.labels.map { labels[$0] }))
          let guess = Set(LabeledSpan.spans(bio: workspace.labels.map { labels[$0] }))
          gold += truth.count
          predicted += guess.count
          correct += truth.intersection(guess).count
        }
      }
    }
    return BoundaryScore(gold: gold, predicted: predicted, correct: correct)
  }
}
