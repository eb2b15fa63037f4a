import GlossCore

/// Keeps the query indexes on disk (`Annotations/.cache/query-index.bin`), so
/// opening a large corpus reads them instead of rebuilding them.
///
/// The cache records each document's text digest and the size and time of
/// its spans file. On open, the token index is reused only if every text is
/// unchanged, and each document's span table only if its spans file is; the
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

  static let magic = "gloss-query-index 2"

  /// The cache file of a corpus.
  public static func path(corpus: Corpus) -> String {
    Path.join(Path.join(corpus.annotationsPath, ".cache"), "query-index.bin")
  }

  /// An engine over `corpus` and its committed annotations, from the cache
  /// where it is current.
  public static func openEngine(corpus: Corpus) throws(StoreError) -> QueryEngine {
    try open(corpus: corpus).engine
  }

  /// An engine over `corpus`, and what was reused and rebuilt.
  public static func open(corpus: Corpus) throws(StoreError) -> (engine: QueryEngine, report: Report) {
    let store = AnnotationStore(corpus: corpus)
    let stamps = corpus.documents.map { stamp(corpus: corpus, id: $0.id) }
    var index = CorpusIndex()
    var cachedStamps: [[Int]] = []
    var reused = false
    if let bytes = try? FileSystem.readFile(atPath: path(corpus: corpus)),
      let (cached, cachedStampList) = try? decode(bytes),
      cached.documents.map(\.id) == corpus.documents.map(\.id),
      cached.documents.map(\.textSHA256) == corpus.documents.map(\.textSHA256)
    {
      index = cached
      index.textLengths = corpus.documents.map(\.text.scalarCount)
      cachedStamps = cachedStampList
      reused = true
    }
    var rebuilt = 0
    if reused {
      for (position, document) in corpus.documents.enumerated() where cachedStamps[position] != stamps[position] {
        index.update(position, annotations: try store.annotations(for: document.id))
        rebuilt += 1
      }
    } else {
      do {
        index = try CorpusIndex(corpus: corpus) { id in try store.annotations(for: id) }
      } catch let error as StoreError {
        throw error
      } catch {
        throw .busy("\(error)")
      }
      rebuilt = corpus.documents.count
    }
    var wrote = false
    if rebuilt > 0 { wrote = save(index, stamps: stamps, corpus: corpus) }
    return (QueryEngine(corpus: corpus, index: index), Report(reusedTokens: reused, rebuiltDocuments: rebuilt, wroteCache: wrote))
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
    guard let rules = try? FileSystem.readFile(atPath: ignore), String(decoding: rules, as: UTF8.self).contains(".cache/") else {
      return false
    }
    let file = path(corpus: corpus)
    do {
      try FileSystem.createDirectory(atPath: Path.directory(file), intermediate: true)
      try AtomicFile.write(encode(index, stamps: stamps), toPath: file)
      return true
    } catch {
      return false
    }
  }

  static func encode(_ index: CorpusIndex, stamps: [[Int]]) -> [UInt8] {
    var writer = BinaryWriter()
    writer.string(magic)
    writer.int(index.documents.count)
    for (entry, stamp) in zip(index.documents, stamps) {
      writer.string(entry.id)
      writer.string(entry.textSHA256)
      writer.array([entry.firstToken, entry.tokenCount, entry.firstSentence, entry.sentenceCount])
      writer.array(stamp.map { Int64($0) })
    }
    let lexicon = index.lexicon
    writer.strings(lexicon.words)
    writer.array(lexicon.lowerIDs)
    writer.array(lexicon.shapeIDs)
    writer.strings(lexicon.lowerForms)
    writer.strings(lexicon.shapes)
    writer.array(index.tokenWords)
    writer.array(index.tokenStarts)
    writer.array(index.tokenLengths)
    let long = index.longTokenEnds.sorted { $0.key < $1.key }
    writer.array(long.map(\.key))
    writer.array(long.map(\.value))
    writer.array(index.sentenceFirstTokens)
    writer.array(index.sentenceTokenEnds)
    writer.array(index.postingStarts)
    writer.array(index.postings)
    let vocabulary = index.spanVocabulary
    writer.strings(vocabulary.layers)
    writer.strings(vocabulary.labels)
    writer.strings(vocabulary.strings)
    writer.int(vocabulary.attributeSets.count)
    for set in vocabulary.attributeSets {
      let pairs = set.sorted { $0.key < $1.key }
      writer.strings(pairs.map(\.key))
      writer.strings(pairs.map(\.value))
    }
    for table in index.spanTables {
      writer.int(table.revision)
      writer.array(table.starts)
      writer.array(table.ends)
      writer.array(table.keys)
      writer.array(table.statuses.map { UInt8(SpanStatus.allCases.firstIndex(of: $0)!) })
      writer.array(table.annotators)
      writer.array(table.numbers)
      writer.array(table.attributeSets)
    }
    return writer.bytes
  }

  struct Invalid: Error {}

  static func decode(_ bytes: [UInt8]) throws -> (CorpusIndex, [[Int]]) {
    var reader = BinaryReader(bytes: bytes)
    guard try reader.string() == magic else { throw Invalid() }
    var index = CorpusIndex()
    var stamps: [[Int]] = []
    let count = try reader.int()
    for _ in 0..<count {
      let id = try reader.string()
      let digest = try reader.string()
      let numbers = try reader.array(of: Int32.self)
      guard numbers.count == 4 else { throw Invalid() }
      index.documents.append(
        .init(
          id: id, textSHA256: digest, firstToken: numbers[0], tokenCount: numbers[1], firstSentence: numbers[2],
          sentenceCount: numbers[3]))
      stamps.append(try reader.array(of: Int64.self).map { Int($0) })
    }
    index.lexicon = Lexicon(
      words: try reader.strings(), lowerIDs: try reader.array(of: UInt32.self), shapeIDs: try reader.array(of: UInt32.self),
      lowerForms: try reader.strings(), shapes: try reader.strings())
    index.tokenWords = try reader.array(of: UInt32.self)
    index.tokenStarts = try reader.array(of: Int32.self)
    index.tokenLengths = try reader.array(of: UInt8.self)
    let longKeys = try reader.array(of: Int32.self)
    let longValues = try reader.array(of: Int32.self)
    guard longKeys.count == longValues.count else { throw Invalid() }
    index.longTokenEnds = Dictionary(uniqueKeysWithValues: zip(longKeys, longValues))
    index.sentenceFirstTokens = try reader.array(of: Int32.self)
    index.sentenceTokenEnds = try reader.array(of: Int32.self)
    index.postingStarts = try reader.array(of: Int32.self)
    index.postings = try reader.array(of: Int32.self)
    let layers = try reader.strings()
    let labels = try reader.strings()
    let strings = try reader.strings()
    var sets: [[String: String]] = []
    for _ in 0..<(try reader.int()) {
      let keys = try reader.strings()
      let values = try reader.strings()
      sets.append(Dictionary(uniqueKeysWithValues: zip(keys, values)))
    }
    index.spanVocabulary = SpanVocabulary(layers: layers, labels: labels, strings: strings, attributeSets: sets)
    for _ in 0..<count {
      var table = SpanTable(revision: try reader.int())
      table.starts = try reader.array(of: Int32.self)
      table.ends = try reader.array(of: Int32.self)
      table.keys = try reader.array(of: Int32.self)
      table.statuses = try reader.array(of: UInt8.self).map { SpanStatus.allCases[Int($0)] }
      table.annotators = try reader.array(of: Int32.self)
      table.numbers = try reader.array(of: Int32.self)
      table.attributeSets = try reader.array(of: Int32.self)
      guard [table.ends.count, table.keys.count, table.statuses.count, table.annotators.count, table.numbers.count, table.attributeSets.count]
        .allSatisfy({ $0 == table.starts.count })
      else { throw Invalid() }
      table.rebuildRows()
      index.spanTables.append(table)
    }
    guard index.tokenStarts.count == index.tokenWords.count, index.tokenLengths.count == index.tokenWords.count,
      index.postings.count == index.tokenWords.count, index.postingStarts.count == index.lexicon.count + 1,
      reader.offset == bytes.count
    else { throw Invalid() }
    return (index, stamps)
  }
}
