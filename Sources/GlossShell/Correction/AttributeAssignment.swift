/// `KEY=VALUE` as written to set an attribute, or `KEY=` to remove it.
public struct AttributeAssignment: Sendable, Hashable {
  /// The attribute's name.
  public var name: String
  /// Its new value; `nil` removes it.
  public var value: String?

  /// Reads `KEY=VALUE` or `KEY=`; `nil` when the word has no `=` or no key.
  public init?(_ word: String) {
    guard let equals = word.firstIndex(of: "="), equals != word.startIndex else { return nil }
    name = String(word[..<equals])
    let rest = String(word[word.index(after: equals)...])
    value = rest.isEmpty ? nil : rest
  }
}
