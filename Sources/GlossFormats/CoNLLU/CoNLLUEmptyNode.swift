/// An empty node of the enhanced graph: a line whose ID is a decimal such as
/// `8.1`. Empty nodes have no surface form in the text.
public struct CoNLLUEmptyNode: Sendable, Hashable {
  /// The ID of the word the node follows (0 before the first word).
  public var major: Int
  /// The node's position among the empty nodes after that word, from 1.
  public var minor: Int
  /// Column 2.
  public var form: String
  /// Column 3.
  public var lemma: String
  /// Column 4.
  public var upos: String
  /// Column 5.
  public var xpos: String
  /// Column 6.
  public var feats: String
  /// Column 7, `_` for empty nodes.
  public var head: String
  /// Column 8, `_` for empty nodes.
  public var deprel: String
  /// The enhanced dependencies of the node (column 9).
  public var deps: String
  /// Column 10.
  public var misc: String

  /// Creates an empty node from its ten columns.
  public init(
    major: Int, minor: Int, form: String, lemma: String, upos: String, xpos: String,
    feats: String, head: String, deprel: String, deps: String, misc: String
  ) {
    self.major = major
    self.minor = minor
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
}
