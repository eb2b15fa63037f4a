/// A multiword token of a CoNLL-U sentence: a range line such as
/// `1-2	don't`, one surface token made of several syntactic words.
///
/// All columns are kept as written. In UD the columns other than FORM and
/// MISC (and occasionally FEATS) are `_`.
public struct CoNLLUMultiwordToken: Sendable, Hashable {
  /// The IDs of the first and last word the token is made of.
  public var range: ClosedRange<Int>
  /// The surface form, as it appears in the text (column 2).
  public var form: String
  /// Column 3, normally `_`.
  public var lemma: String
  /// Column 4, normally `_`.
  public var upos: String
  /// Column 5, normally `_`.
  public var xpos: String
  /// Column 6, normally `_`.
  public var feats: String
  /// Column 7, normally `_`.
  public var head: String
  /// Column 8, normally `_`.
  public var deprel: String
  /// Column 9, normally `_`.
  public var deps: String
  /// Any other annotation, such as `SpaceAfter=No` (column 10).
  public var misc: String

  /// Creates a multiword token from its ten columns.
  public init(
    range: ClosedRange<Int>, form: String, lemma: String = "_", upos: String = "_",
    xpos: String = "_", feats: String = "_", head: String = "_", deprel: String = "_",
    deps: String = "_", misc: String = "_"
  ) {
    self.range = range
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

  /// Whether the token is followed by a space in the original text.
  public var spaceAfter: Bool { !CoNLLUMisc.contains("SpaceAfter=No", in: misc) }
}
