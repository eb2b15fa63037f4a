import GlossQuery

/// What ``QueryBenchmark`` measured: the corpus, opening it and its index,
/// the index's memory, one edit and each query's latency.
public struct QueryBenchmarkResult: Sendable, Hashable {
  /// Milliseconds in a second.
  public static let millisecondsPerSecond = 1000.0

  /// One opening of the query index.
  public struct IndexOpen: Sendable, Hashable {
    /// The seconds it took.
    public var seconds = 0.0
    /// Whether the token index came from the cache.
    public var reusedTokens = false
    /// How many documents' span tables were rebuilt from the store.
    public var rebuiltDocuments = 0
    /// Whether the cache was written.
    public var wroteCache = false

    /// An opening that took no time and reused nothing.
    public init() {}

    /// An opening that took `seconds` and did what `report` says.
    init(seconds: Double, report: QueryIndexCache.Report) {
      self.seconds = seconds
      reusedTokens = report.reusedTokens
      rebuiltDocuments = report.rebuiltDocuments
      wroteCache = report.wroteCache
    }
  }

  /// One query's latency over its runs.
  public struct Query: Sendable, Hashable {
    /// Its number among ``QueryBenchmark/queries``, from 1.
    public var number: Int
    /// The query.
    public var query: String
    /// How many matches it found.
    public var matches: Int
    /// The milliseconds of each run, fastest first.
    public var milliseconds: [Double]

    /// A query's measurement; `milliseconds` must be sorted.
    public init(number: Int, query: String, matches: Int, milliseconds: [Double]) {
      self.number = number
      self.query = query
      self.matches = matches
      self.milliseconds = milliseconds
    }

    /// The median run, in milliseconds.
    public var median: Double { milliseconds[milliseconds.count / 2] }
    /// The fastest run, in milliseconds.
    public var minimum: Double { milliseconds[0] }
  }

  /// The documents of the corpus.
  public var documents = 0
  /// Its tokens.
  public var tokens = 0
  /// Its distinct words.
  public var distinctWords = 0
  /// Its committed spans.
  public var spans = 0
  /// Its text in UTF-8 bytes.
  public var textBytes = 0
  /// The seconds loading the texts and metadata took.
  public var loadSeconds = 0.0
  /// The first opening of the index, which builds or refreshes the cache.
  public var firstOpen = IndexOpen()
  /// The size of the cache file.
  public var cacheBytes = 0
  /// The seconds reading the cache file alone took.
  public var cacheReadSeconds = 0.0
  /// The second opening, from the cache: the one a user sees.
  public var open = IndexOpen()
  /// The memory the index's tokens take, in bytes.
  public var indexTokenBytes = 0
  /// The memory the index's span tables take, in bytes.
  public var indexSpanBytes = 0
  /// The process's resident size before the second opening, in bytes.
  public var residentBytesBeforeOpen = 0
  /// The process's resident size after it, in bytes.
  public var residentBytesAfterOpen = 0
  /// The seconds staging one span and re-indexing its document took.
  public var editSeconds = 0.0
  /// Whether a query then found the staged span.
  public var editSeen = false
  /// The queries run, in order.
  public var queries: [Query] = []

  /// A measurement of nothing yet.
  public init() {}

  /// The memory the whole index takes, in bytes.
  public var indexBytes: Int { indexTokenBytes + indexSpanBytes }
}
