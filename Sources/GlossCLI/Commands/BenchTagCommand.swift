import ArgumentParser
import GlossEvaluation
import GlossShell

/// `gloss bench tag`: words per second of the tokenizer and of each shipped
/// tagger on a generated news-like corpus, and peak memory.
struct BenchTagCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tag",
    abstract: "Tag a generated corpus of news-like text and report words/s per layer and peak memory.",
    discussion: """
      Every layer of the shipped taggers is measured (adding a tagger to
      StandardTaggers adds it here). Each document is tokenized once; the
      tokenizer and each layer's taggers are timed separately on one thread,
      and the total is tokenizer plus every layer. Memory is the peak resident
      size (VmHWM) while tagging, and its growth over the size before tagging
      began, compared with the size of the text.

      Example:
        swift build -c release && .build/release/gloss bench tag --words 1000000
      """)

  @Option(help: "How many words to generate.") var words = 1_000_000
  @Option(help: "The generator's seed.") var seed: UInt64 = 4
  @Option(help: "How many times to tag the corpus (the best run counts).") var repeats = 3
  @Flag(help: "Print JSON for machines.") var json = false

  func run() throws {
    let result = TagBenchmark(words: words, seed: seed, repeats: repeats).run()
    if json { return Console.writeJSONLine(TagBenchmarkReport.json(result)) }
    Console.writeOutput(Array(TagBenchmarkReport.text(result).utf8))
  }
}
