/// One token of a sentence's surface text: either a single word or a
/// multiword token standing for several words.
public struct CoNLLUSurfaceToken: Sendable, Hashable {
  /// The text of the token as it appears in the original text.
  public var form: String
  /// Whether a space follows the token in the original text.
  public var spaceAfter: Bool
  /// The IDs of the words the token covers (one ID for a plain word).
  public var words: ClosedRange<Int>

  /// Creates a surface token.
  public init(form: String, spaceAfter: Bool, words: ClosedRange<Int>) {
    self.form = form
    self.spaceAfter = spaceAfter
    self.words = words
  }

  /// Whether the token is a multiword token (covers more than one word).
  public var isMultiword: Bool { words.count > 1 }
}
