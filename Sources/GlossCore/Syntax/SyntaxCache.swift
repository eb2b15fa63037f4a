/// Keeps each document's predicted syntax on disk
/// (`Annotations/.cache/syntax/DOC.syntax`), stamped with the digest of the
/// text it was computed from and of the models that computed it.
///
/// The syntax is a cache, not an annotation: it can always be computed again
/// from the text and the model files (`gloss tag`), so it lives where git
/// ignores it, and a file that is unreadable, damaged or made for another
/// text is treated as absent, never trusted. A person's corrections are
/// spans (``SyntaxLayer``), versioned with the rest.
public struct SyntaxCache: Sendable {
  /// A document's cached syntax and the models' digest it was made with.
  public struct Entry: Sendable, Hashable {
    /// The predicted syntax.
    public var syntax: DocumentSyntax
    /// The digest of the models that predicted it.
    public var modelDigest: String
    /// Per token: whether it continues the query index's token before it
    /// (a word the syntax's tokenizer split at a hyphen), so the syntax is
    /// projected onto the index's tokens without tokenizing again.
    public var continuesToken: [Bool]

    /// Creates an entry.
    public init(syntax: DocumentSyntax, modelDigest: String, continuesToken: [Bool]) {
      self.syntax = syntax
      self.modelDigest = modelDigest
      self.continuesToken = continuesToken
    }

    /// The syntax on the query index's tokens.
    public var indexSyntax: DocumentSyntax {
      syntax.projected(onto: DocumentSyntax.groups(continuing: continuesToken))
    }
  }

  /// The folder the files are in.
  public let folder: String

  static let magic = Array("gloss-syntax 1\n".utf8)
  /// The bit of a written tag code that says the token continues the one before.
  static let continuationBit: UInt8 = 0x80

  /// The cache of `corpus`.
  public init(corpus: Corpus) {
    folder = Path.join(Path.join(corpus.annotationsPath, ".cache"), "syntax")
  }

  /// The file of document `id`.
  public func path(of id: String) -> String {
    Path.join(folder, id + ".syntax")
  }

  /// The cached syntax of `document`, if its file was written for the
  /// document's current text and reads back whole.
  public func read(_ document: Document) -> Entry? {
    guard let bytes = try? FileSystem.readFile(atPath: path(of: document.id)) else { return nil }
    return try? Self.decode(bytes, textSHA256: document.textSHA256)
  }

  /// The syntax of `document` with the corrections among `spans` (its
  /// `syntax` spans) applied, on the tokens of ``DocumentSyntax/tokenizer``;
  /// `nil` when it has neither a cached prediction nor corrections.
  public func correctedSyntax(of document: Document, spans: [Span]) -> DocumentSyntax? {
    let predicted = read(document)?.syntax
    let corrections = spans.filter { $0.layer == SyntaxLayer.name }
    if corrections.isEmpty { return predicted }
    let tokens = DocumentSyntax.tokenizer.tokenize(document.text).tokens
    return SyntaxLayer.applying(corrections, to: predicted ?? DocumentSyntax(), tokens: tokens).syntax
  }

  /// Writes `syntax` for `document` (atomically); returns whether it was
  /// written: only where the store's `.gitignore` lists `.cache/`, so a
  /// cache is never committed by accident. A store not made yet (a corpus
  /// nothing was committed to) is made first, with the `.gitignore` every
  /// store has.
  @discardableResult
  public func write(_ entry: Entry, for document: Document) throws(FileSystemError) -> Bool {
    precondition(entry.continuesToken.count == entry.syntax.count, "one flag per token")
    let store = Path.directory(Path.directory(folder))
    let ignore = Path.join(store, ".gitignore")
    if !FileSystem.fileExists(atPath: ignore) {
      do throws(StoreError) {
        try AnnotationStore(path: store).ensureFolder()
      } catch {
        if case .fileSystem(let failure) = error { throw failure }
        return false
      }
    }
    guard let rules = try? FileSystem.readFile(atPath: ignore),
      String(decoding: rules, as: UTF8.self).contains(".cache/")
    else { return false }
    try FileSystem.createDirectory(atPath: folder, intermediate: true)
    try AtomicFile.write(
      Self.encode(entry, textSHA256: document.textSHA256), toPath: path(of: document.id))
    return true
  }

  /// The file's bytes: the magic line, the digests, the name tables and the
  /// columns (lemma codes and head offsets as LEB128, offsets zigzag-coded).
  static func encode(_ entry: Entry, textSHA256: String) -> [UInt8] {
    let syntax = entry.syntax
    var writer = ByteWriter()
    writer.reserveCapacity(syntax.count * 4 + syntax.lemmaNames.count * 8 + 256)
    writer.append(contentsOf: magic)
    writer.appendString(textSHA256)
    writer.appendString(entry.modelDigest)
    for names in [syntax.tagNames, syntax.lemmaNames, syntax.relationNames] { appendNames(names, to: &writer) }
    writer.appendLittleEndian(Int64(syntax.count))
    for (position, code) in syntax.tagCodes.enumerated() {
      writer.append(entry.continuesToken[position] ? code | continuationBit : code)
    }
    writer.append(contentsOf: syntax.relationCodes)
    for code in syntax.lemmaCodes { writer.appendLEB128(UInt64(code)) }
    for offset in syntax.headOffsets { writer.appendLEB128(UInt64(UInt32(bitPattern: (offset << 1) ^ (offset >> 31)))) }
    return writer.bytes
  }

  /// Appends a name table: the count, then each name's UTF-8 length and
  /// bytes, the numbers in LEB128 (most names are short words).
  private static func appendNames(_ names: [String], to writer: inout ByteWriter) {
    writer.appendLEB128(UInt64(names.count))
    for name in names {
      writer.appendLEB128(UInt64(name.utf8.count))
      writer.append(contentsOf: name.utf8)
    }
  }

  /// Reads a table ``appendNames(_:to:)`` wrote.
  private static func readNames(_ reader: inout ByteReader) throws(ByteReadError) -> [String] {
    // Each name takes at least its length byte: a larger count is damage.
    guard let count = Int(exactly: try reader.readLEB128()), count <= reader.remainingCount else { return [] }
    var names: [String] = []
    names.reserveCapacity(count)
    for _ in 0..<count {
      guard let length = Int(exactly: try reader.readLEB128()) else { return [] }
      names.append(String(decoding: try reader.readBytes(length), as: UTF8.self))
    }
    return names
  }

  /// The entry in `bytes`, or `nil` when they were written for another
  /// text; throws when they are damaged.
  static func decode(_ bytes: [UInt8], textSHA256: String) throws(ByteReadError) -> Entry? {
    guard bytes.starts(with: magic) else { return nil }
    var reader = ByteReader(bytes, from: magic.count)
    guard try reader.readString() == textSHA256 else { return nil }
    let modelDigest = try reader.readString()
    let tagNames = try readNames(&reader)
    let lemmaNames = try readNames(&reader)
    let relationNames = try readNames(&reader)
    let count = try reader.readCount()
    let written = try reader.readBytes(count)
    let tagCodes = written.map { $0 & ~continuationBit }
    let continuesToken = written.map { $0 & continuationBit != 0 }
    let relationCodes = Array(try reader.readBytes(count))
    var lemmaCodes: [UInt32] = []
    lemmaCodes.reserveCapacity(count)
    for _ in 0..<count { lemmaCodes.append(UInt32(truncatingIfNeeded: try reader.readLEB128())) }
    var headOffsets: [Int32] = []
    headOffsets.reserveCapacity(count)
    for _ in 0..<count {
      let coded = UInt32(truncatingIfNeeded: try reader.readLEB128())
      headOffsets.append(Int32(bitPattern: (coded >> 1) ^ (0 &- (coded & 1))))
    }
    guard reader.isAtEnd,
      let syntax = DocumentSyntax(
        tagNames: tagNames, lemmaNames: lemmaNames, relationNames: relationNames, tagCodes: tagCodes,
        lemmaCodes: lemmaCodes, headOffsets: headOffsets, relationCodes: relationCodes)
    else { return nil }
    return Entry(syntax: syntax, modelDigest: modelDigest, continuesToken: continuesToken)
  }
}
