import GlossCore
import GlossQuery

/// How long a generated corpus (``QueryBenchmarkCorpus``) takes to open,
/// how much memory its query index takes, how fast one edit reaches the
/// index and the latency of ten representative queries: what `gloss bench
/// query` measures.
///
/// The corpus is generated once into ``directory`` and reused by later runs.
public struct QueryBenchmark: Sendable {
  /// The ten queries, from a word lookup to nested span relations.
  public static let queries = [
    #""treaty"%c"#,
    #""the" []{0,3} "treaty""#,
    #"[word ~ "^stra.*an$"]"#,
    "entity:PERSON",
    #"time.value >= "2024-06""#,
    "time:DATE within (clause contains entity:PERSON)",
    #""treaty"%c before entity:LAW within 5"#,
    "sentence contains{2,} entity:GPE not contains time:DATE",
    #"entity:PERSON[status = suggested & annotator ~ "^tagger:"]"#,
    #"entity:GPE within doc[dct >= "2024-10"]"#,
  ]

  /// The label of the span the edit stages, one no generated span has.
  private static let editLabel = "EVENT"

  /// Where the generated corpus lives.
  public var directory: String
  /// How many words to generate when there is no corpus yet.
  public var words: Int
  /// How many times each query runs.
  public var runs: Int
  /// The number (1–10) of the only query to run, or `nil` for all.
  public var only: Int?

  /// A benchmark of the corpus in `directory` (generated with `words` words
  /// if missing), running each query `runs` times, or only query `only`.
  public init(directory: String, words: Int, runs: Int, only: Int? = nil) {
    self.directory = directory
    self.words = words
    self.runs = runs
    self.only = only
  }

  /// Whether the corpus must be generated (``generateCorpus(progress:)``) before ``run()``.
  public var needsCorpus: Bool { !FileSystem.isDirectory(atPath: Path.join(directory, "Corpus")) }

  /// Generates and commits the corpus, telling `progress` of each commit;
  /// returns the seconds it took.
  ///
  /// - Throws: when the corpus or its store cannot be written.
  public func generateCorpus(progress: (String) -> Void) throws -> Double {
    try MonotonicClock.time { try QueryBenchmarkCorpus.write(words: words, to: directory, progress: progress) }.seconds
  }

  /// Opens the corpus and its index, stages one edit and runs the queries.
  ///
  /// - Throws: when the corpus, its store or its index cannot be read.
  public func run() throws -> QueryBenchmarkResult {
    var result = QueryBenchmarkResult()
    let (loadSeconds, corpus) = try MonotonicClock.time { try Corpus.load(at: directory) }
    result.loadSeconds = loadSeconds
    let engine = try open(corpus, into: &result)
    try edit(corpus, engine: engine, into: &result)
    for (number, query) in Self.queries.enumerated() where only == nil || only == number + 1 {
      result.queries.append(try measure(query, number: number + 1, engine: engine))
    }
    return result
  }

  /// Opens the index twice, the first open building (or refreshing) the
  /// cache and the second being the one a user sees, and records the
  /// corpus's size and the index's memory.
  private func open(_ corpus: Corpus, into result: inout QueryBenchmarkResult) throws -> QueryEngine {
    let (firstSeconds, first) = try MonotonicClock.time { try QueryIndexCache.open(corpus: corpus).report }
    result.firstOpen = QueryBenchmarkResult.IndexOpen(seconds: firstSeconds, report: first)
    result.residentBytesBeforeOpen = MemoryProbe.current()
    let (readSeconds, cacheBytes) = MonotonicClock.time {
      (try? FileSystem.readFile(atPath: QueryIndexCache.path(corpus: corpus)))?.count ?? 0
    }
    result.cacheReadSeconds = readSeconds
    result.cacheBytes = cacheBytes
    let (openSeconds, (engine, report)) = try MonotonicClock.time { try QueryIndexCache.open(corpus: corpus) }
    result.open = QueryBenchmarkResult.IndexOpen(seconds: openSeconds, report: report)
    result.residentBytesAfterOpen = MemoryProbe.current()
    result.documents = corpus.documents.count
    result.textBytes = corpus.documents.reduce(0) { $0 + $1.text.utf8.count }
    result.tokens = engine.index.tokenCount
    result.distinctWords = engine.index.lexicon.count
    result.spans = engine.index.spanTables.reduce(0) { $0 + $1.count }
    (result.indexTokenBytes, result.indexSpanBytes) = engine.index.memoryFootprint
    return engine
  }

  /// Stages one span in a session on the middle document and times
  /// bringing the index up to date; records whether a query then sees it.
  private func edit(_ corpus: Corpus, engine: QueryEngine, into result: inout QueryBenchmarkResult) throws {
    var session = AnnotationSession(corpus: corpus, annotator: "bench")
    var edited = engine
    let document = corpus.documents[corpus.documents.count / 2]
    let tokens = Tokenizer().tokenize(document.text).tokens
    _ = try session.annotations(for: document.id)
    edited.refresh(from: &session)
    result.editSeconds = try MonotonicClock.time {
      try session.add(to: document.id, layer: "entity", label: Self.editLabel, range: tokens[1])
      edited.refresh(from: &session)
    }.seconds
    result.editSeen = try edited.run(try edited.parse("entity:" + Self.editLabel)).count == 1
  }

  /// Runs `query` ``runs`` times.
  private func measure(_ query: String, number: Int, engine: QueryEngine) throws -> QueryBenchmarkResult.Query {
    let expression = try engine.parse(query)
    var milliseconds: [Double] = []
    var matches = 0
    for _ in 0..<runs {
      let (seconds, count) = try MonotonicClock.time { try engine.run(expression).count }
      milliseconds.append(seconds * QueryBenchmarkResult.millisecondsPerSecond)
      matches = count
    }
    return QueryBenchmarkResult.Query(
      number: number, query: query, matches: matches, milliseconds: milliseconds.sorted())
  }
}
