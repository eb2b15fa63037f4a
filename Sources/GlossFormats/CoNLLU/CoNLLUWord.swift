/// A syntactic word of a CoNLL-U sentence: a line whose ID is an integer.
///
/// Every column is kept exactly as written, including the underscore that
/// marks an empty field, so a word can be written back unchanged. Only the
/// ID and HEAD columns are parsed into numbers.
public struct CoNLLUWord: Sendable, Hashable {
  /// The word's index in its sentence, starting at 1.
  public var id: Int
  /// The word form or punctuation symbol (column 2).
  public var form: String
  /// The lemma (column 3).
  public var lemma: String
  /// The universal part-of-speech tag (column 4).
  public var upos: String
  /// The language-specific part-of-speech tag (column 5).
  public var xpos: String
  /// The morphological features, `Feat=Value|…` or `_` (column 6).
  public var feats: String
  /// The ID of the head word, 0 for the root, or `nil` when the column is `_`.
  public var head: Int?
  /// The universal dependency relation to the head (column 8).
  public var deprel: String
  /// The enhanced dependency graph, `head:deprel|…` or `_` (column 9).
  public var deps: String
  /// Any other annotation, `Key=Value|…` or `_` (column 10).
  public var misc: String

  /// Creates a word from its ten columns.
  public init(
    id: Int, form: String, lemma: String, upos: String, xpos: String, feats: String,
    head: Int?, deprel: String, deps: String, misc: String
  ) {
    self.id = id
    self.form = form
    self.lemma = lemma
    self.upos = upos
    self.xpos = xpos
    self.feats = feats
    self.head = head
    self.deprel = deprel
    self.deps = deps
    self.misc = misc
  }

  /// Whether the word is followed by a space in the original text, that is,
  /// whether its MISC column lacks `SpaceAfter=No`.
  ///
  /// Inside a multiword token, spacing is recorded on the token's range line;
  /// see ``CoNLLUMultiwordToken/spaceAfter``.
  public var spaceAfter: Bool { !CoNLLUMisc.contains("SpaceAfter=No", in: misc) }
}
