/// One token's syntax: its universal part of speech, lemma, head and
/// dependency relation.
///
/// Empty strings mean "not known" (a document tagged by an older pipeline,
/// or a correction that sets only some of the four).
public struct TokenSyntax: Sendable, Hashable {
  /// The universal part-of-speech tag (`NOUN`, `VERB`, …).
  public var tag: String
  /// The lemma (`sign` for `signed`).
  public var lemma: String
  /// The index of the head token in the document, or `nil` for the root of
  /// its sentence (or when the head is not known: see ``relation``).
  public var head: Int?
  /// The Universal Dependencies relation to the head (`nsubj`, `obl:tmod`,
  /// `root`); empty when the token has no parse.
  public var relation: String

  /// Creates a token's syntax.
  public init(tag: String, lemma: String, head: Int?, relation: String) {
    self.tag = tag
    self.lemma = lemma
    self.head = head
    self.relation = relation
  }

  /// Whether the token has a parse (a head and a relation).
  public var isParsed: Bool { !relation.isEmpty }
}
