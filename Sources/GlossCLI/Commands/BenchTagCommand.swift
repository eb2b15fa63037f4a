import ArgumentParser
import GlossCore
import GlossShell
import GlossEvaluation
import GlossTaggers

#if canImport(Glibc)
  import Glibc
#endif

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
    var generator = BenchmarkCorpus(seed: seed)
    let items = generator.documents(words: words)
    let texts = items.map { SourceText($0.text) }
    let totalWords = items.reduce(0) { $0 + $1.words }
    let textBytes = texts.reduce(0) { $0 + $1.utf8.count }
    let layers = StandardTaggers.byLayer
    MemoryProbe.resetPeak()
    let before = MemoryProbe.current()
    var tokenizerSeconds = Double.infinity
    var layerSeconds = Array(repeating: Double.infinity, count: layers.count)
    var spanCounts = Array(repeating: 0, count: layers.count)
    let tokenizer = Tokenizer()
    for _ in 0..<max(1, repeats) {
      var tokenizing = 0.0
      var tagging = Array(repeating: 0.0, count: layers.count)
      for (index, text) in texts.enumerated() {
        var start = Clock.now()
        let tokenization = tokenizer.tokenize(text)
        tokenizing += Clock.now() - start
        let context = TaggingContext(documentID: "bench", text: text, tokenization: tokenization, dct: items[index].dct)
        for (layer, entry) in layers.enumerated() {
          start = Clock.now()
          var count = 0
          for tagger in entry.taggers { count += tagger.suggestions(in: context).count }
          tagging[layer] += Clock.now() - start
          spanCounts[layer] = count
        }
      }
      tokenizerSeconds = min(tokenizerSeconds, tokenizing)
      for layer in layers.indices { layerSeconds[layer] = min(layerSeconds[layer], tagging[layer]) }
    }
    let peak = MemoryProbe.peak()
    let total = tokenizerSeconds + layerSeconds.reduce(0, +)
    func rate(_ seconds: Double) -> Int { seconds > 0 ? Int(Double(totalWords) / seconds) : 0 }
    let growth = max(0, peak - before)
    if json {
      var writer = JSONWriter(pretty: true)
      writer.beginObject()
      writer.key("words")
      writer.integer(totalWords)
      writer.key("documents")
      writer.integer(items.count)
      writer.key("text_bytes")
      writer.integer(textBytes)
      writer.key("tokenizer_words_per_second")
      writer.integer(rate(tokenizerSeconds))
      writer.key("layers")
      writer.beginObject()
      for (index, entry) in layers.enumerated() {
        writer.key(entry.layer)
        writer.beginObject()
        writer.key("taggers")
        writer.string(entry.taggers.map(\.name).joined(separator: "+"))
        writer.key("words_per_second")
        writer.integer(rate(layerSeconds[index]))
        writer.key("seconds")
        writer.double(layerSeconds[index])
        writer.endObject()
      }
      writer.endObject()
      writer.key("total_words_per_second")
      writer.integer(rate(total))
      writer.key("peak_rss_bytes")
      writer.integer(peak)
      writer.key("rss_before_tagging_bytes")
      writer.integer(before)
      writer.key("tagging_memory_bytes")
      writer.integer(growth)
      writer.endObject()
      Console.writeOutput(writer.takeBytes() + [UInt8(ascii: "\n")])
      return
    }
    func megabytes(_ bytes: Int) -> String { String((Double(bytes) / 1_048_576 * 10).rounded() / 10) + " MB" }
    var out = "corpus:    \(totalWords) words in \(items.count) generated documents, \(megabytes(textBytes)) of text (seed \(seed))\n"
    out += "runs:      best of \(max(1, repeats)), one thread\n\n"
    var table = TextTable(["stage", "taggers", "words/s", "seconds"], alignments: [.left, .left, .right, .right])
    table.rows.append(["tokenizer", "Tokenizer", String(rate(tokenizerSeconds)), String(format3(tokenizerSeconds))])
    for (index, entry) in layers.enumerated() {
      table.rows.append([entry.layer, entry.taggers.map(\.name).joined(separator: "+"), String(rate(layerSeconds[index])), format3(layerSeconds[index])])
    }
    table.rows.append(["total", "tokenizer + every layer", String(rate(total)), format3(total)])
    out += table.render()
    if !out.hasSuffix("\n") { out += "\n" }
    out += "\nmemory:    peak RSS \(megabytes(peak)); before tagging \(megabytes(before)) (the text and the process); "
    out += "tagging added \(megabytes(growth)) = \(String((Double(growth) / Double(max(1, textBytes)) * 100).rounded() / 100))× the text\n"
    Console.writeOutput(Array(out.utf8))
  }

  private func format3(_ seconds: Double) -> String { String((seconds * 1000).rounded() / 1000) }
}

/// A monotonic clock in seconds.
enum Clock {
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}

/// Resident memory from `/proc/self/status` (Linux; zero elsewhere).
enum MemoryProbe {
  /// The current resident size in bytes.
  static func current() -> Int { field("VmRSS:") }
  /// The peak resident size in bytes since the start or the last reset.
  static func peak() -> Int { field("VmHWM:") }

  /// Resets the peak to the current size (`/proc/self/clear_refs`).
  static func resetPeak() {
    let descriptor = open("/proc/self/clear_refs", O_WRONLY)
    guard descriptor >= 0 else { return }
    _ = write(descriptor, "5", 1)
    close(descriptor)
  }

  private static func field(_ name: String) -> Int {
    guard let bytes = try? FileSystem.readFile(atPath: "/proc/self/status") else { return 0 }
    let text = String(decoding: bytes, as: UTF8.self)
    for line in text.split(separator: "\n") where line.hasPrefix(name) {
      let digits = line.dropFirst(name.count).filter(\.isNumber)
      return (Int(digits) ?? 0) * 1024
    }
    return 0
  }
}
