import ArgumentParser
import GlossEvaluation
import GlossFormats
import GlossShell

/// `gloss bench export`.
struct BenchExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Time an export of a generated corpus and report MB/s and peak memory.",
    discussion: """
      Generates documents of --doc-words words one at a time (English-like words,
      punctuation, non-ASCII names, an entity about every 12 words), exports them with
      the real exporters, and discards the output. Reports output MB/s of the
      export alone (generating and hashing the documents is not timed) and the peak
      resident memory, so running it at 1M and 10M words shows whether memory grows.

      Example:
        .build/release/gloss bench export --format conll2003 --words 10000000
      """)

  @Option(help: "The format.") var format: ExportFormat = .conll2003
  @Option(help: "Words in the corpus.") var words = 10_000_000
  @Option(help: "Words per document.") var docWords = 2_000

  func run() throws {
    let result = ExportBenchmark(format: format, words: words, documentWords: docWords).run()
    print(ExportBenchmarkReport.text(result), terminator: "")
  }
}
