import GlossCore

/// Keeps the query indexes on disk (`Annotations/.cache/query-index.bin`), so
/// opening a large corpus reads them instead of rebuilding them.
///
/// The cache records each document's text digest and text file stamp (size,
/// inode, modification and change times, taken before the text was read),
/// and the size and time of its spans file. On open, the token index is
/// reused only if every text is unchanged: a text whose file stamp equals the
/// recorded one (recorded only once the file had settled) is, otherwise its
/// SHA-256 is compared. Each document's span table is reused only if its
/// spans file is unchanged; the
/// tables of documents committed since are rebuilt from the store alone, and
/// the cache is written back. The cache is an optimisation: an unreadable or
/// outdated one is rebuilt, never trusted.
public enum QueryIndexCache {
  /// What ``open(corpus:)`` did.
  public struct Report: Sendable, Hashable {
    /// Whether the token index came from the cache.
    public var reusedTokens: Bool
    /// How many documents' span tables were rebuilt from the store.
    public var rebuiltDocuments: Int
    /// Whether the cache was written.
    public var wroteCache: Bool
  }

  static let magic = "gloss-query-index 4"

  /// The cache file of a corpus.
  public static func path(corpus: Corpus) -> String {
    Path.join(Path.join(corpus.annotationsPath, ".cache"), "query-index.bin")
  }

  /// An engine over `corpus` and its committed annotations, from the cache
  /// where it is current. `progress` hears of each document indexed
  /// (done, total) when documents have to be (re)indexed.
  public static func openEngine(
    corpus: Corpus, progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
  ) throws(StoreError) -> QueryEngine {
    try open(corpus: corpus, progress: progress).engine
  }

  /// An engine over `corpus`, and what was reused and rebuilt; `progress`
  /// hears of each document (re)indexed.
  public static func open(
    corpus: Corpus, progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
  ) throws(StoreError) -> (engine: QueryEngine, report: Report) {
    // The spans files' stamps first, then the revision read: a stamp never
    // stands for a newer file than the spans read (store.md, Concurrency).
    let stamps = corpus.documents.map { stamp(corpus: corpus, id: $0.id) }
    let store = try AnnotationStore(corpus: corpus).readingCommittedRevision()
    var index = CorpusIndex()
    var cachedStamps: [[Int]] = []
    var reused = false
    // Set when a text had to be compared by digest but its file has settled
    // since: writing the cache records its stamp, so later opens skip the digest.
    var stampsToRecord = false
    if let bytes = try? FileSystem.readFile(atPath: path(corpus: corpus)),
      let (cached, cachedStampList, textStamps) = try? decodeWithTextStamps(bytes),
      cached.documents.map(\.id) == corpus.documents.map(\.id)
    {
      var unchanged = true
      for (position, document) in corpus.documents.enumerated() {
        if let stamp = document.textFileStamp, stamp.fields == textStamps[position] { continue }
        if document.textFileStamp?.isSettled == true { stampsToRecord = true }
        if cached.documents[position].textSHA256 != document.textSHA256 {
          unchanged = false
          break
        }
      }
      if unchanged {
        index = cached
        index.textLengths = corpus.documents.map(\.text.scalarCount)
        cachedStamps = cachedStampList
        reused = true
      }
    }
    var rebuilt = 0
    if reused {
      let stale = corpus.documents.indices.filter { cachedStamps[$0] != stamps[$0] }
      for position in stale {
        index.update(position, annotations: try store.annotationsForIndex(corpus.documents[position].id))
        rebuilt += 1
        progress(rebuilt, stale.count)
      }
    } else {
      var done = 0
      let total = corpus.documents.count
      index = try CorpusIndex(corpus: corpus) { id throws(StoreError) in
        defer {
          done += 1
          progress(done, total)
        }
        return try store.annotationsForIndex(id)
      }
      rebuilt = corpus.documents.count
    }
    var wrote = false
    // Read behind a commit under way, a document may come from its history,
    // not from the file its stamp describes: the cache is not written then.
    if (rebuilt > 0 || stampsToRecord) && !store.readsBehindACommit {
      wrote = save(index, stamps: stamps, corpus: corpus)
    }
    return (
      QueryEngine(corpus: corpus, index: index),
      Report(reusedTokens: reused, rebuiltDocuments: rebuilt, wroteCache: wrote)
    )
  }

  /// The size and modification time of a document's spans file (-1 when absent).
  static func stamp(corpus: Corpus, id: String) -> [Int] {
    let file = Path.join(corpus.annotationsPath, id + ".spans.jsonl")
    return [FileSystem.fileSize(atPath: file) ?? -1, FileSystem.modificationStamp(atPath: file) ?? -1]
  }

  /// Writes the cache, only where git ignores it (the store's `.gitignore`
  /// lists `.cache/`); returns whether it was written.
  @discardableResult
  static func save(_ index: CorpusIndex, stamps: [[Int]], corpus: Corpus) -> Bool {
    let ignore = Path.join(corpus.annotationsPath, ".gitignore")
    guard let rules = try? FileSystem.readFile(atPath: ignore),
      String(decoding: rules, as: UTF8.self).contains(".cache/")
    else {
      return false
    }
    let file = path(corpus: corpus)
    // A text stamp stands for the text only once the file has settled.
    let textStamps = corpus.documents.map { document in
      document.textFileStamp.flatMap { $0.isSettled ? $0.fields : nil } ?? []
    }
    do {
      try FileSystem.createDirectory(atPath: Path.directory(file), intermediate: true)
      try AtomicFile.write(encode(index, stamps: stamps, textStamps: textStamps), toPath: file)
      return true
    } catch {
      return false
    }
  }

  static func encode(_ index: CorpusIndex, stamps: [[Int]], textStamps: [[Int]]? = nil) -> [UInt8] {
    let textStamps = textStamps ?? stamps.map { _ in [] }
    var writer = ByteWriter()
    writer.appendString(magic)
    writer.appendLittleEndian(Int64(index.documents.count))
    writer.appendStrings(index.documents.map(\.id))
    writer.appendStrings(index.documents.map(\.textSHA256))
    writer.appendArray(index.documents.flatMap { [$0.firstToken, $0.tokenCount, $0.firstSentence, $0.sentenceCount] })
    writer.appendArray(stamps.flatMap { $0.map { Int64($0) } })
    writer.appendArray(textStamps.map { Int8($0.count) })
    writer.appendArray(textStamps.flatMap { $0.map { Int64($0) } })
    let lexicon = index.lexicon
    writer.appendStrings(lexicon.words)
    writer.appendArray(lexicon.lowerIDs)
    writer.appendArray(lexicon.shapeIDs)
    writer.appendStrings(lexicon.lowerForms)
    writer.appendStrings(lexicon.shapes)
    index.tokenWords.write(to: &writer)
    writer.appendArray(index.tokenStarts.bases)
    writer.appendArray(index.tokenStarts.deltas)
    writer.appendArray(index.tokenStarts.wide)
    writer.appendArray(index.tokenLengths)
    let long = index.longTokenEnds.sorted { $0.key < $1.key }
    writer.appendArray(long.map(\.key))
    writer.appendArray(long.map(\.value))
    writer.appendArray(index.sentenceFirstTokens)
    writer.appendArray(index.sentenceTokenEnds)
    writer.appendArray(index.postings.byteStarts)
    writer.appendArray(index.postings.counts)
    writer.appendArray(index.postings.bytes)
    let vocabulary = index.spanVocabulary
    writer.appendStrings(vocabulary.layers)
    writer.appendStrings(vocabulary.labels)
    writer.appendStrings(vocabulary.strings)
    writer.appendLittleEndian(Int64(vocabulary.attributeSets.count))
    for set in vocabulary.attributeSets {
      let pairs = set.sorted { $0.key < $1.key }
      writer.appendStrings(pairs.map(\.key))
      writer.appendStrings(pairs.map(\.value))
    }
    for table in index.spanTables {
      writer.appendLittleEndian(Int64(table.revision))
      writer.appendStrings(table.doneLayers)
      table.starts.write(to: &writer)
      table.lengths.write(to: &writer)
      writer.appendArray(table.statusCodes)
      table.annotators.write(to: &writer)
      table.numbers.write(to: &writer)
      table.attributeSets.write(to: &writer)
      writer.appendArray(table.keyIDs)
      writer.appendArray(table.keyRowEnds)
    }
    return writer.bytes
  }

  struct Invalid: Error {}

  /// The index, the spans-file stamps and the text-file stamps (empty: none)
  /// of a cache file; every part is copied in one piece.
  static func decode(_ bytes: [UInt8]) throws -> (CorpusIndex, [[Int]]) {
    let (index, stamps, _) = try decodeWithTextStamps(bytes)
    return (index, stamps)
  }

  static func decodeWithTextStamps(_ bytes: [UInt8]) throws -> (CorpusIndex, [[Int]], [[Int]]) {
    var reader = ByteReader(bytes)
    guard try reader.readString() == magic else { throw Invalid() }
    var index = CorpusIndex()
    let count = try reader.readCount()
    let ids = try reader.readStrings()
    let digests = try reader.readStrings()
    let numbers = try reader.readArray(of: Int32.self)
    let stampFields = try reader.readArray(of: Int64.self)
    let textStampCounts = try reader.readArray(of: Int8.self)
    let textStampFields = try reader.readArray(of: Int64.self)
    guard count >= 0, ids.count == count, digests.count == count, numbers.count == count * 4,
      stampFields.count == count * 2,
      textStampCounts.count == count, textStampCounts.reduce(0, { $0 + Int($1) }) == textStampFields.count
    else { throw Invalid() }
    var stamps: [[Int]] = []
    var textStamps: [[Int]] = []
    stamps.reserveCapacity(count)
    textStamps.reserveCapacity(count)
    index.documents.reserveCapacity(count)
    var textStampOffset = 0
    for position in 0..<count {
      let n = position * 4
      index.documents.append(
        .init(
          id: ids[position], textSHA256: digests[position], firstToken: numbers[n], tokenCount: numbers[n + 1],
          firstSentence: numbers[n + 2], sentenceCount: numbers[n + 3]))
      stamps.append([Int(stampFields[position * 2]), Int(stampFields[position * 2 + 1])])
      let fields = Int(textStampCounts[position])
      textStamps.append(textStampFields[textStampOffset..<textStampOffset + fields].map { Int($0) })
      textStampOffset += fields
    }
    index.lexicon = Lexicon(
      words: try reader.readStrings(), lowerIDs: try reader.readArray(of: UInt32.self),
      shapeIDs: try reader.readArray(of: UInt32.self),
      lowerForms: try reader.readStrings(), shapes: try reader.readStrings())
    index.tokenWords = try PackedInts(reading: &reader)
    index.tokenStarts = OffsetColumn(
      bases: try reader.readArray(of: Int32.self), deltas: try reader.readArray(of: UInt16.self),
      wide: try reader.readArray(of: Int32.self))
    index.tokenLengths = try reader.readArray(of: UInt8.self)
    let longKeys = try reader.readArray(of: Int32.self)
    let longValues = try reader.readArray(of: Int32.self)
    guard longKeys.count == longValues.count else { throw Invalid() }
    index.longTokenEnds = Dictionary(longKeys.indices.map { (longKeys[$0], longValues[$0]) }) { first, _ in first }
    index.sentenceFirstTokens = try reader.readArray(of: Int32.self)
    index.sentenceTokenEnds = try reader.readArray(of: Int32.self)
    index.postings = Postings(
      byteStarts: try reader.readArray(of: UInt32.self), counts: try reader.readArray(of: UInt32.self),
      bytes: try reader.readArray(of: UInt8.self))
    let layers = try reader.readStrings()
    let labels = try reader.readStrings()
    let strings = try reader.readStrings()
    var sets: [[String: String]] = []
    for _ in 0..<(try reader.readCount()) {
      let keys = try reader.readStrings()
      let values = try reader.readStrings()
      guard keys.count == values.count else { throw Invalid() }
      sets.append(Dictionary(zip(keys, values)) { first, _ in first })
    }
    index.spanVocabulary = SpanVocabulary(layers: layers, labels: labels, strings: strings, attributeSets: sets)
    index.spanTables.reserveCapacity(count)
    for _ in 0..<count {
      var table = SpanTable(revision: Int(try reader.readLittleEndian(Int64.self)))
      table.doneLayers = try reader.readStrings()
      table.starts = try PackedInts(reading: &reader)
      table.lengths = try PackedInts(reading: &reader)
      table.statusCodes = try reader.readArray(of: UInt8.self)
      table.annotators = try PackedInts(reading: &reader)
      table.numbers = try PackedInts(reading: &reader)
      table.attributeSets = try PackedInts(reading: &reader)
      table.keyIDs = try reader.readArray(of: Int32.self)
      table.keyRowEnds = try reader.readArray(of: Int32.self)
      guard table.isValid else { throw Invalid() }
      index.spanTables.append(table)
    }
    guard index.tokenStarts.count == index.tokenWords.count, index.tokenLengths.count == index.tokenWords.count,
      index.tokenStarts.isValid, index.postings.isValid, index.postings.counts.count == index.lexicon.count,
      index.postings.counts.reduce(0, { $0 + Int($1) }) == index.tokenWords.count,
      reader.isAtEnd
    else { throw Invalid() }
    return (index, stamps, textStamps)
  }
}
