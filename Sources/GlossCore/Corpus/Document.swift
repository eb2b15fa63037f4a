/// A source document: its id, its text exactly as stored, and its metadata.
public struct Document: Sendable, Hashable, Identifiable {
  /// The file name without `.txt`.
  public var id: String
  /// The text, byte for byte as in the file.
  public var text: SourceText
  /// Title, source, creation time and other fields.
  public var metadata: DocumentMetadata
  /// The SHA-256 of the text's bytes, recorded with its annotations so a text
  /// that changes later is reported as stale instead of silently mis-anchored.
  public var textSHA256: String

  /// Creates a document, computing the text's digest.
  public init(id: String, text: SourceText, metadata: DocumentMetadata = DocumentMetadata()) {
    self.id = id
    self.text = text
    self.metadata = metadata
    self.textSHA256 = SHA256.hexDigest(of: text.utf8)
  }

  /// Whether `id` can name a document: not empty, no `/`, no `@` (which
  /// separates a document from a revision in `DOC@REV`), no leading dot, and
  /// no whitespace or control characters.
  public static func isValidID(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, first != "." else { return false }
    return id.unicodeScalars.allSatisfy { scalar in
      scalar != "/" && scalar != "@" && !scalar.properties.isWhitespace
        && scalar.properties.generalCategory != .control
    }
  }
}
