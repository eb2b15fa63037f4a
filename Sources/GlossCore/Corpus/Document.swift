import Synchronization

/// A source document: its id, its text exactly as stored, and its metadata.
public struct Document: Sendable, Hashable, Identifiable {
  /// The file name without `.txt`.
  public var id: String
  /// The text, byte for byte as in the file.
  public var text: SourceText {
    didSet { digest = Digest(known: nil) }
  }
  /// Title, source, creation time and other fields.
  public var metadata: DocumentMetadata
  /// The SHA-256 of the text's bytes, recorded with its annotations so a text
  /// that changes later is reported as stale instead of silently mis-anchored.
  ///
  /// Computed from ``text`` the first time it is read (a commit, a staleness
  /// check), not when the corpus loads, and kept for later reads.
  public var textSHA256: String {
    get { digest.value(of: text) }
    set { digest = Digest(known: newValue) }
  }
  /// The text file's identity when it was read (see ``FileStamp``), if the
  /// document was loaded from a file.
  package var textFileStamp: FileStamp?

  private var digest: Digest

  /// Creates a document; the text's digest is computed when first needed.
  public init(id: String, text: SourceText, metadata: DocumentMetadata = DocumentMetadata()) {
    self.id = id
    self.text = text
    self.metadata = metadata
    self.digest = Digest(known: nil)
  }

  /// Documents are equal when their ids, texts and metadata are (the digest
  /// follows from the text).
  public static func == (lhs: Document, rhs: Document) -> Bool {
    lhs.id == rhs.id && lhs.metadata == rhs.metadata && lhs.text == rhs.text
  }

  /// Hashes what equality compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(text)
    hasher.combine(metadata)
  }

  /// The memoised digest, shared by copies of the document (which share its text).
  private final class Digest: Sendable {
    let stored: Mutex<String?>

    init(known: String?) {
      stored = Mutex(known)
    }

    func value(of text: SourceText) -> String {
      if let known = stored.withLock({ $0 }) { return known }
      let computed = SHA256.hexDigest(of: text.utf8)
      stored.withLock { $0 = computed }
      return computed
    }
  }

  /// The punctuation a document id may hold besides letters, marks and digits.
  public static let idPunctuation: Set<Unicode.Scalar> = ["_", "-", ".", "+"]

  /// Whether `id` can name a document: letters, marks, digits and
  /// ``idPunctuation``, starting with a letter, digit or `_`.
  ///
  /// Ids become file names in `Annotations/` and words in commands that
  /// Gloss prints for people to run (`gloss show ID`), so they hold nothing
  /// a shell or a path would read specially: no `/`, `@` (which separates a
  /// document from a revision in `DOC@REV`), whitespace, quotes, `;`, `$`,
  /// braces or control characters, and no leading `.` or `-`.
  public static func isValidID(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, isIDCharacter(first), first != ".", first != "-", first != "+" else {
      return false
    }
    return id.unicodeScalars.allSatisfy(isIDCharacter)
  }

  /// What ``isValidID(_:)`` allows, for messages.
  public static let idRule = "letters, digits and _ - . + (starting with a letter, digit or _)"

  private static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
    if idPunctuation.contains(scalar) { return true }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
      return true
    default:
      return false
    }
  }
}

/// A file's identity from `stat`: size, inode, and modification and change
/// times in nanoseconds, and when it was taken. Taken before a text is read,
/// so any later change of the file changes its stamp, except a change within
/// the file system's timestamp granularity, which ``isSettled`` rules out.
package struct FileStamp: Sendable, Hashable {
  package var size: Int
  package var inode: Int
  package var modified: Int
  package var changed: Int
  /// When the stamp was taken (nanoseconds since the epoch).
  package var taken: Int

  package init(size: Int, inode: Int, modified: Int, changed: Int, taken: Int) {
    self.size = size
    self.inode = inode
    self.modified = modified
    self.changed = changed
    self.taken = taken
  }

  /// The stamp of the file at `path`, if it can be read.
  package init?(path: String) {
    guard let stamp = FileSystem.stamp(atPath: path) else { return nil }
    self = stamp
  }

  /// Whether the file had not changed for two seconds when the stamp was
  /// taken: only then can an equal stamp later stand for equal contents,
  /// since a write in the same timestamp tick leaves the times unchanged.
  package var isSettled: Bool {
    max(modified, changed) < taken - 2_000_000_000
  }

  /// The file's identity as four integers (for caches; not when it was taken).
  package var fields: [Int] { [size, inode, modified, changed] }
}
