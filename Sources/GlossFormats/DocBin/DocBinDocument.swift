/// One `Doc` of a `DocBin`, as ``DocBinReader`` decodes it.
package struct DocBinDocument: Sendable, Hashable {
  /// One span: of a span group, or of `doc.ents`.
  package struct Span: Sendable, Hashable {
    /// The span group's name (`entity` for `doc.ents`).
    package var layer: String
    /// The label.
    package var label: String
    /// The first scalar.
    package var start: Int
    /// The scalar after the last.
    package var end: Int
    /// The extension values `<layer>_<name>` at these offsets, by `name`.
    package var attributes: [String: String]
  }

  /// The text, rebuilt from the tokens and their spaces.
  package var text: String
  /// The token texts.
  package var words: [String]
  /// Whether a space follows each token.
  package var spaces: [Bool]
  /// `doc._.document_id`, if the user data holds it.
  package var documentID: String?
  /// The spans: span groups in file order, then `doc.ents` when no
  /// `entity` group holds the entities.
  package var spans: [Span]
}
