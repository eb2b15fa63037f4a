/// A sentence with its dependency tree, as ``DependencyParser`` trains on
/// it: the words, their part-of-speech tags and lemmas (predicted ones, as
/// the parser will see at work), and each word's gold head and relation.
public struct DependencyExample: Sendable, Hashable {
  /// The words.
  public var tokens: TokenSequence
  /// Each word's UPOS tag.
  public var tags: [UniversalPartOfSpeech]
  /// Each word's lemma.
  public var lemmas: [String]
  /// Each word's head: 1-based word number, 0 for the root.
  public var heads: [Int32]
  /// Each word's relation to its head (UD deprel, such as `nsubj:pass`).
  public var relations: [String]

  /// Creates an example.
  ///
  /// - Precondition: one tag, lemma, head and relation per word.
  public init(
    tokens: TokenSequence, tags: [UniversalPartOfSpeech], lemmas: [String], heads: [Int32], relations: [String]
  ) {
    precondition(
      [tags.count, lemmas.count, heads.count, relations.count].allSatisfy { $0 == tokens.count },
      "one tag, lemma, head and relation per word")
    self.tokens = tokens
    self.tags = tags
    self.lemmas = lemmas
    self.heads = heads
    self.relations = relations
  }
}
