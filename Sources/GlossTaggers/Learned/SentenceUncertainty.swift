import GlossCore

/// How unsure a ``SequenceModel`` is about each sentence of a document: the
/// smallest margin, over the sentence's tokens, between the best and the
/// second-best label (``SequenceModel/Workspace/margins``). Annotators who
/// review the least certain sentences first teach the model the most.
public struct SentenceUncertainty: Sendable, Hashable {
  /// The document.
  public var documentID: String
  /// The sentence's number in the document (from 1).
  public var sentenceNumber: Int
  /// The sentence's scalar range.
  public var range: Range<Int>
  /// The smallest token margin (lower is less certain).
  public var margin: Float
  /// The token with that margin, as a scalar range.
  public var token: Range<Int>

  /// Creates a record.
  public init(documentID: String, sentenceNumber: Int, range: Range<Int>, margin: Float, token: Range<Int>) {
    self.documentID = documentID
    self.sentenceNumber = sentenceNumber
    self.range = range
    self.margin = margin
    self.token = token
  }

  /// The sentences of `context` that no `reviewed` range overlaps, each
  /// with the model's smallest margin, in text order.
  ///
  /// - Parameters:
  ///   - model: the model whose certainty is measured.
  ///   - features: the extra features the model was trained with.
  ///   - reviewed: scalar ranges of spans already accepted or rejected; a
  ///     sentence overlapping one counts as reviewed and is left out.
  public static func sentences(
    in context: TaggingContext, model: SequenceModel, features: EntityFeatures, reviewed: [Range<Int>]
  ) -> [SentenceUncertainty] {
    let text = context.text
    let tokens = context.tokenization.tokens
    var workspace = SequenceModel.Workspace()
    var result: [SentenceUncertainty] = []
    var tokenIndex = 0
    for (number, sentence) in context.tokenization.sentences.enumerated() {
      var ranges: [Range<Int>] = []
      while tokenIndex < tokens.count && tokens[tokenIndex].lowerBound < sentence.upperBound {
        ranges.append(tokens[tokenIndex])
        tokenIndex += 1
      }
      guard !ranges.isEmpty, !reviewed.contains(where: { $0.overlaps(sentence) }) else { continue }
      let byteRanges = ranges.map {
        text.utf8Offset(ofScalar: $0.lowerBound)..<text.utf8Offset(ofScalar: $0.upperBound)
      }
      let sequence = TokenSequence(bytes: text.utf8, tokens: byteRanges)
      model.tag(sequence, extra: features.features(of: sequence), workspace: &workspace)
      var least = 0
      for k in workspace.margins.indices where workspace.margins[k] < workspace.margins[least] { least = k }
      result.append(
        SentenceUncertainty(
          documentID: context.documentID, sentenceNumber: number + 1, range: sentence,
          margin: workspace.margins[least], token: ranges[least]))
    }
    return result
  }

  /// `sentences` least certain first (ties in document and text order).
  public static func ranked(_ sentences: [SentenceUncertainty]) -> [SentenceUncertainty] {
    sentences.sorted {
      ($0.margin, $0.documentID, $0.sentenceNumber) < ($1.margin, $1.documentID, $1.sentenceNumber)
    }
  }
}
