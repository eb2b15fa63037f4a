import ArgumentParser
import GlossEvaluation
import GlossShell

/// `gloss bench query`: open time, index memory and the latency of ten queries.
struct QueryBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "query",
    abstract: "Open time, index memory and latency of ten representative queries on a generated corpus.",
    discussion: """
      The corpus is generated once into --dir (about 1,000 words per
      document, an entity every 8 words, a date every 40, clauses over every
      sentence) and committed to its store; later runs reuse it.

      Example:
        swift build -c release --product gloss
        .build/release/gloss bench query --dir /tmp/gloss-bench --words 10000000
      """)

  @Option(help: "Where the generated corpus lives.")
  var dir: String = "/tmp/gloss-bench"

  @Option(help: "How many words to generate.")
  var words: Int = 10_000_000

  @Option(help: "How many times each query runs (the median is reported).")
  var runs: Int = 5

  @Option(help: "Run only this query of the ten (1–10), for profiling.")
  var only: Int?

  func run() throws {
    let benchmark = QueryBenchmark(directory: dir, words: words, runs: runs, only: only)
    if benchmark.needsCorpus {
      print(QueryBenchmarkReport.generating(words: words, directory: dir), terminator: "")
      let seconds = try benchmark.generateCorpus { Console.writeError($0) }
      print(QueryBenchmarkReport.generated(seconds: seconds), terminator: "")
    }
    let result = try reporting { try benchmark.run() }
    print(QueryBenchmarkReport.text(result), terminator: "")
  }
}
