import GlossEvaluation

/// The renderings of a query benchmark (`gloss bench query`).
public enum QueryBenchmarkReport {
  /// The line before the corpus is generated.
  public static func generating(words: Int, directory: String) -> String {
    "generating \(words) words in \(directory) …\n"
  }

  /// The line after the corpus was generated in `seconds`.
  public static func generated(seconds: Double) -> String {
    "generated in \(String(format2: seconds)) s\n"
  }

  /// The corpus, the opening times, the index's memory, the edit, and a
  /// Markdown table of the queries.
  public static func text(_ result: QueryBenchmarkResult) -> String {
    var out = opening(result)
    out += "stage one span and re-index its document: "
    out += "\(milliseconds(result.editSeconds)) ms (the query sees it: \(result.editSeen))\n"
    out += "\n"
    out += "| # | query | matches | median ms | min ms |\n"
    out += "|---|---|---:|---:|---:|\n"
    for query in result.queries {
      out += "| \(query.number) | `\(escapingPipes(query.query))` | \(query.matches) | "
      out += "\(String(format2: query.median)) | \(String(format2: query.minimum)) |\n"
    }
    return out
  }

  /// The corpus, loading and opening it, and the index's memory.
  private static func opening(_ result: QueryBenchmarkResult) -> String {
    let first = result.firstOpen
    let open = result.open
    var out = "corpus: \(result.documents) documents, \(result.tokens) tokens, \(result.distinctWords) distinct words, "
    out += "\(result.spans) spans, text \(megabytes(result.textBytes)) MB\n"
    out += "load texts and metadata (Corpus.load; digests computed when needed): \(seconds(result.loadSeconds)) s\n"
    out += "first index open: \(seconds(first.seconds)) s (tokens from cache: \(first.reusedTokens), "
    out += "span tables rebuilt: \(first.rebuiltDocuments), cache written: \(first.wroteCache))\n"
    out += "reading the cache file alone (\(megabytes(result.cacheBytes)) MB): \(seconds(result.cacheReadSeconds)) s\n"
    out += "index open from cache: \(seconds(open.seconds)) s (tokens from cache: \(open.reusedTokens), "
    out += "span tables rebuilt: \(open.rebuiltDocuments))\n"
    out += "open total (texts + index): \(seconds(result.loadSeconds + open.seconds)) s\n"
    out +=
      "index memory: tokens \(megabytes(result.indexTokenBytes)) MB + spans \(megabytes(result.indexSpanBytes)) MB "
    out += "= \(megabytes(result.indexBytes)) MB, "
    out += "\(String(format2: Double(result.indexBytes) / Double(result.textBytes)))× the text; "
    out += "process RSS \(BenchmarkUnits.wholeMebibytes(result.residentBytesBeforeOpen)) MB before the open, "
    out += "\(BenchmarkUnits.wholeMebibytes(result.residentBytesAfterOpen)) MB after\n"
    return out
  }

  /// Seconds with two decimals.
  private static func seconds(_ seconds: Double) -> String { String(format2: seconds) }

  /// Seconds as milliseconds with two decimals.
  private static func milliseconds(_ seconds: Double) -> String {
    String(format2: seconds * QueryBenchmarkResult.millisecondsPerSecond)
  }

  /// A size in mebibytes with two decimals.
  private static func megabytes(_ bytes: Int) -> String { String(format2: BenchmarkUnits.mebibytes(bytes)) }

  /// `query` with its `|` escaped, to sit in a Markdown table cell.
  private static func escapingPipes(_ query: String) -> String {
    String(String.UnicodeScalarView(query.unicodeScalars.flatMap { $0 == "|" ? Array("\\|".unicodeScalars) : [$0] }))
  }
}
