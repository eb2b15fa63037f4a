/// The result of evaluating a tokenizer on a gold-standard treebank.
public struct TokenizationReport: Sendable, Hashable, CustomStringConvertible {
  /// The treebank's path, or a name for in-memory input.
  public var source: String
  /// The number of Unicode scalars in the rebuilt raw text.
  public var textScalarCount: Int
  /// The number of UTF-8 bytes in the rebuilt raw text.
  public var textByteCount: Int
  /// Token scores, counting each gold surface token (a multiword token such
  /// as `don't` counts once).
  public var tokens: BoundaryScore
  /// Sentence scores (exact span match).
  public var sentences: BoundaryScore
  /// The first few places where tokens or sentences differ from the gold
  /// standard.
  public var examples: [TokenizationErrorExample]

  /// Creates a report.
  public init(
    source: String, textScalarCount: Int, textByteCount: Int, tokens: BoundaryScore,
    sentences: BoundaryScore, examples: [TokenizationErrorExample]
  ) {
    self.source = source
    self.textScalarCount = textScalarCount
    self.textByteCount = textByteCount
    self.tokens = tokens
    self.sentences = sentences
    self.examples = examples
  }

  /// The message a person reads.
  public var description: String {
    """
    \(source): \(textByteCount) bytes, \(textScalarCount) scalars
    tokens:    \(tokens)
    sentences: \(sentences)
    """
  }
}
