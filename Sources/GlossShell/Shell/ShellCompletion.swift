/// What Tab may put in place of the partial word before the cursor.
public struct ShellCompletion: Sendable, Equatable {
  /// The partial word being completed, a suffix of the text before the cursor.
  public var stem: String
  /// The words that could replace ``stem``, in the order to list them.
  public var candidates: [String]

  /// Creates a completion of `stem`.
  public init(stem: String, candidates: [String]) {
    self.stem = stem
    self.candidates = candidates
  }

  /// Nothing to complete.
  public static let none = ShellCompletion(stem: "", candidates: [])
}
