import GlossTestSupport
import Testing

@testable import GlossCore

/// The syntax cache files: written only where git ignores them, read back
/// whole, and never trusted when damaged, cut short or made for another text.
@Suite struct SyntaxCacheTests {
  static let text = DocumentSyntaxTests.songText
  static let entry = SyntaxCache.Entry(
    syntax: DocumentSyntaxTests.song, modelDigest: "models-1",
    continuesToken: [false, false, false, false, true, true, false, false])

  /// A corpus of one document whose store's `.gitignore` lists `.cache/`
  /// (as the store writes it), unless `ignoresCache` is false.
  static func corpus(ignoresCache: Bool = true) throws -> TemporaryCorpus {
    let folder = try TemporaryCorpus(["song": text])
    if ignoresCache { try folder.write(Array(".lock\n.cache/\n".utf8), to: "Annotations/.gitignore") }
    return folder
  }

  @Test func encodedBytesDecodeToTheSameEntry() throws {
    let document = Document(id: "song", text: SourceText(Self.text))
    let bytes = SyntaxCache.encode(Self.entry, textSHA256: document.textSHA256)
    #expect(bytes.starts(with: Array("gloss-syntax 1\n".utf8)))
    let decoded = try SyntaxCache.decode(bytes, textSHA256: document.textSHA256)
    #expect(decoded == Self.entry)
    #expect(decoded?.continuesToken == Self.entry.continuesToken)
    #expect(decoded?.modelDigest == "models-1")
    // Another text's digest: not this document's syntax.
    #expect(
      try SyntaxCache.decode(bytes, textSHA256: Document(id: "song", text: SourceText("Other.")).textSHA256) == nil)
  }

  @Test func largeCodesAndFarHeadsSurviveTheVariableLengthColumns() throws {
    // 400 distinct lemmas (codes past one LEB128 byte), heads 399 tokens away
    // either way (offsets past one byte), and non-ASCII names.
    var tokens: [TokenSyntax] = []
    for position in 0..<400 {
      let head: Int? = position == 0 ? nil : (position == 399 ? 0 : 399)
      tokens.append(
        TokenSyntax(
          tag: position.isMultiple(of: 2) ? "NOUN" : "X", lemma: "lemma-\(position)-é", head: head,
          relation: position == 0 ? "root" : "dep:ü"))
    }
    let entry = SyntaxCache.Entry(
      syntax: DocumentSyntax(tokens), modelDigest: "", continuesToken: (0..<400).map { $0 % 3 == 1 })
    let decoded = try SyntaxCache.decode(SyntaxCache.encode(entry, textSHA256: "t"), textSHA256: "t")
    #expect(decoded == entry)
    #expect(decoded?.continuesToken == entry.continuesToken)
    #expect(decoded?.syntax[1].head == 399 && decoded?.syntax[399].head == 0 && decoded?.syntax[0].head == nil)
    #expect(decoded?.syntax[300].lemma == "lemma-300-é")
    // An empty document.
    let empty = SyntaxCache.Entry(syntax: DocumentSyntax(), modelDigest: "m", continuesToken: [])
    #expect(try SyntaxCache.decode(SyntaxCache.encode(empty, textSHA256: "t"), textSHA256: "t") == empty)
  }

  @Test func writtenFileReadsBackForTheSameTextOnly() throws {
    let folder = try Self.corpus()
    defer { folder.remove() }
    let corpus = try folder.load()
    let document = try #require(corpus.document("song"))
    let cache = SyntaxCache(corpus: corpus)
    #expect(cache.read(document) == nil)
    #expect(try cache.write(Self.entry, for: document))
    #expect(cache.path(of: "song") == folder.root + "/Annotations/.cache/syntax/song.syntax")
    #expect(FileSystem.fileExists(atPath: cache.path(of: "song")))
    let read = try #require(cache.read(document))
    #expect(read == Self.entry && read.continuesToken == Self.entry.continuesToken && read.modelDigest == "models-1")

    // The text changed: the file is another text's, so absent.
    try folder.write(Array("Kim wrote a well-known poem.".utf8), to: "Corpus/song.txt")
    let changed = try #require(try folder.load().document("song"))
    #expect(cache.read(changed) == nil)
  }

  @Test func aNewStoreIsMadeButNothingIsWrittenWhereGitWouldSeeIt() throws {
    let folder = try Self.corpus(ignoresCache: false)
    defer { folder.remove() }
    let corpus = try folder.load()
    let document = try #require(corpus.document("song"))
    let cache = SyntaxCache(corpus: corpus)
    // No store yet (nothing committed): it is made with the .gitignore every store has.
    #expect(!FileSystem.fileExists(atPath: folder.root + "/Annotations"))
    #expect(try cache.write(Self.entry, for: document))
    #expect(try folder.read("Annotations/.gitignore").contains(".cache/\n"))
    #expect(cache.read(document) == Self.entry)
    // A .gitignore of one's own that does not list .cache/: nothing is written.
    try FileSystem.removeItem(atPath: cache.path(of: "song"))
    try folder.write(Array("*.tmp\n".utf8), to: "Annotations/.gitignore")
    #expect(try cache.write(Self.entry, for: document) == false)
    #expect(!FileSystem.fileExists(atPath: cache.path(of: "song")))
    #expect(cache.read(document) == nil)
    #expect(try folder.read("Annotations/.gitignore") == "*.tmp\n")
  }

  @Test func damagedTruncatedAndForeignFilesReadAsAbsent() throws {
    let folder = try Self.corpus()
    defer { folder.remove() }
    let corpus = try folder.load()
    let document = try #require(corpus.document("song"))
    let cache = SyntaxCache(corpus: corpus)
    try cache.write(Self.entry, for: document)
    let good = try FileSystem.readFile(atPath: cache.path(of: "song"))
    let file = "Annotations/.cache/syntax/song.syntax"

    // Every shorter prefix (cut inside a table, a column, a number) is absent.
    for length in 0..<good.count {
      try folder.write(Array(good.prefix(length)), to: file)
      #expect(cache.read(document) == nil, "a file cut at \(length) of \(good.count) bytes was read")
    }
    // Bytes after the end.
    try folder.write(good + [0], to: file)
    #expect(cache.read(document) == nil)
    // Another file's magic, or text.
    try folder.write(Array("gloss-query-index 2\n".utf8) + good.dropFirst(15), to: file)
    #expect(cache.read(document) == nil)
    try folder.write(Array("Kim\tPROPN\nwrote\tVERB\n".utf8), to: file)
    #expect(cache.read(document) == nil)
    // A newer version of the format.
    try folder.write(Array("gloss-syntax 2\n".utf8) + good.dropFirst(15), to: file)
    #expect(cache.read(document) == nil)
    // The file restored reads again.
    try folder.write(good, to: file)
    #expect(cache.read(document) == Self.entry)
  }

  @Test func codesOutsideTheTablesAndHeadsOutsideTheDocumentAreDamage() throws {
    let sha = "t"
    let two = SyntaxCache.Entry(
      syntax: DocumentSyntax([
        TokenSyntax(tag: "VERB", lemma: "go", head: nil, relation: "root"),
        TokenSyntax(tag: "ADV", lemma: "now", head: 0, relation: "advmod"),
      ]), modelDigest: "m", continuesToken: [false, false])
    let bytes = SyntaxCache.encode(two, textSHA256: sha)
    #expect(try SyntaxCache.decode(bytes, textSHA256: sha) == two)
    // The columns are the last bytes: 2 tag codes, 2 relation codes, 2 lemma codes, 2 head offsets.
    let tags = bytes.count - 8
    let relations = bytes.count - 6
    let lemmas = bytes.count - 4
    let heads = bytes.count - 2
    #expect(Array(bytes[tags...]) == [1, 2, 1, 2, 1, 2, 0, 1])

    func decoded(_ position: Int, _ value: UInt8) throws -> SyntaxCache.Entry? {
      var damaged = bytes
      damaged[position] = value
      return try SyntaxCache.decode(damaged, textSHA256: sha)
    }
    #expect(try decoded(tags, 3) == nil)  // a tag code past the table
    #expect(try decoded(relations + 1, 9) == nil)  // a relation code past the table
    #expect(try decoded(lemmas, 3) == nil)  // a lemma code past the table
    #expect(try decoded(heads, 2)?.syntax.head(of: 0) == 1)  // token 0's head 0 + 1: inside, so read
    #expect(try decoded(heads + 1, 2) == nil)  // token 1's head 1 + 1: past the end
    #expect(try decoded(heads + 1, 3) == nil)  // token 1's head 1 - 2: before the start
    // The continuation bit marks the second token as continuing the first.
    #expect(try decoded(tags + 1, 2 | 0x80)?.continuesToken == [false, true])
  }
}
