import ArgumentParser
import GlossCore
import GlossShell
import GlossFormats

#if canImport(Glibc)
  import Glibc
#endif

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
    var exporter = format.makeExporter()
    var bytes = 0
    var spans = 0
    let clock = ContinuousClock()
    var exporting = Duration.zero
    for chunk in exporter.begin() { bytes += chunk.bytes.count }
    var remaining = words
    var number = 0
    while remaining > 0 {
      let count = min(docWords, remaining)
      let item = Self.document(number: number, words: count)
      spans += item.spans.count
      let before = clock.now
      let output = exporter.export(item)
      exporting += clock.now - before
      for chunk in output.chunks { bytes += chunk.bytes.count }
      remaining -= count
      number += 1
    }
    for chunk in exporter.finish() { bytes += chunk.bytes.count }
    let elapsed = exporting
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let megabytes = Double(bytes) / 1_000_000
    print(
      "\(format.rawValue): \(words) words, \(number) documents, \(spans) spans -> \(Int(megabytes)) MB in \(String(format: seconds)) s = \(Int(megabytes / seconds)) MB/s; peak RSS \(usage.ru_maxrss / 1024) MB"
    )
  }

  private static let vocabulary = [
    "the", "treaty", "was", "signed", "in", "Pyongyang", "by", "leaders", "of", "both", "countries", "and", "it", "don't",
    "Russia's", "defence", "“mutual”", "aid", "—", "José", "Zoë", "met", "on", "June", "19", ",", "2024", "said", "that",
  ]

  /// A generated document: sentences of 12 words, an entity on words 5–6 of each.
  static func document(number: Int, words: Int) -> ExportDocument {
    var text = ""
    text.reserveCapacity(words * 7)
    var spans: [Span] = []
    var scalar = 0
    for index in 0..<words {
      let position = index % 12
      let word: String
      switch position {
      case 5: word = "Kim"
      case 6: word = "Jong-un"
      case 11: word = "."
      default: word = vocabulary[(index &* 7 &+ number) % vocabulary.count]
      }
      if position != 11 && index > 0 { text += " "; scalar += 1 }
      if position == 5 {
        spans.append(Span(id: "s\(spans.count + 1)", layer: "entity", label: "PERSON", start: scalar, end: scalar + 11, annotator: "bench", status: .accepted))
      }
      text += word
      scalar += word.unicodeScalars.count
      if position == 11 { text += " "; scalar += 1 }
    }
    text += "\n"
    return ExportDocument(document: Document(id: "bench\(number)", text: SourceText(text)), spans: spans)
  }
}

extension String {
  fileprivate init(format seconds: Double) {
    self = String(Double(Int(seconds * 100)) / 100)
  }
}
