import ArgumentParser
import GlossCore
import GlossShell
import GlossQuery

#if canImport(Glibc)
  import Glibc
#endif

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

  static let queries = [
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

  func run() throws {
    if !FileSystem.isDirectory(atPath: Path.join(dir, "Corpus")) {
      print("generating \(words) words in \(dir) …")
      let started = ContinuousClock.now
      try QueryBenchmarkCorpus.write(words: words, to: dir) { Console.writeError($0) }
      print("generated in \(seconds(ContinuousClock.now - started)) s")
    }
    var clock = ContinuousClock.now
    let corpus = try reporting { try Corpus.load(at: dir) }
    let loadTime = ContinuousClock.now - clock
    let textBytes = corpus.documents.reduce(0) { $0 + $1.text.utf8.count }
    // A first open builds (or refreshes) the cache; the second is the one a user sees.
    clock = ContinuousClock.now
    let firstReport = try reporting { try QueryIndexCache.open(corpus: corpus).report }
    let firstTime = ContinuousClock.now - clock
    let rssBefore = residentMegabytes()
    clock = ContinuousClock.now
    let cacheBytes = (try? FileSystem.readFile(atPath: QueryIndexCache.path(corpus: corpus)))?.count ?? 0
    let readTime = ContinuousClock.now - clock
    clock = ContinuousClock.now
    let (engine, report) = try reporting { try QueryIndexCache.open(corpus: corpus) }
    let openTime = ContinuousClock.now - clock
    let rssAfter = residentMegabytes()
    let memory = engine.index.memoryFootprint
    let spans = engine.index.spanTables.reduce(0) { $0 + $1.count }

    print("corpus: \(corpus.documents.count) documents, \(engine.index.tokenCount) tokens, \(engine.index.lexicon.count) distinct words, \(spans) spans, text \(megabytes(textBytes)) MB")
    print("load texts and metadata (Corpus.load; digests computed when needed): \(seconds(loadTime)) s")
    print("first index open: \(seconds(firstTime)) s (tokens from cache: \(firstReport.reusedTokens), span tables rebuilt: \(firstReport.rebuiltDocuments), cache written: \(firstReport.wroteCache))")
    print("reading the cache file alone (\(megabytes(cacheBytes)) MB): \(seconds(readTime)) s")
    print("index open from cache: \(seconds(openTime)) s (tokens from cache: \(report.reusedTokens), span tables rebuilt: \(report.rebuiltDocuments))")
    print("open total (texts + index): \(seconds(loadTime + openTime)) s")
    print("index memory: tokens \(megabytes(memory.tokens)) MB + spans \(megabytes(memory.spans)) MB = \(megabytes(memory.tokens + memory.spans)) MB, \(String(format2(Double(memory.tokens + memory.spans) / Double(textBytes))))× the text; process RSS \(rssBefore) MB before the open, \(rssAfter) MB after")
    // An edit: stage one span in a session and bring the index up to date.
    var session = AnnotationSession(corpus: corpus, annotator: "bench")
    var edited = engine
    let id = corpus.documents[corpus.documents.count / 2].id
    let text = corpus.documents[corpus.documents.count / 2].text
    let tokens = Tokenizer().tokenize(text).tokens
    _ = try reporting { try session.annotations(for: id) }
    edited.refresh(from: &session)
    clock = ContinuousClock.now
    _ = try reporting { try session.add(to: id, layer: "entity", label: "EVENT", range: tokens[1]) }
    edited.refresh(from: &session)
    let editTime = ContinuousClock.now - clock
    let seen = try reporting { try edited.run(try edited.parse("entity:EVENT")).count }
    print("stage one span and re-index its document: \(format2(milliseconds(editTime))) ms (the query sees it: \(seen == 1))")
    print("")
    print("| # | query | matches | median ms | min ms |")
    print("|---|---|---:|---:|---:|")
    for (number, query) in Self.queries.enumerated() where only == nil || only == number + 1 {
      let expression = try reporting { try engine.parse(query) }
      var times: [Double] = []
      var count = 0
      for _ in 0..<runs {
        let started = ContinuousClock.now
        count = try reporting { try engine.run(expression).count }
        times.append(milliseconds(ContinuousClock.now - started))
      }
      times.sort()
      print("| \(number + 1) | `\(query.replacingPipes)` | \(count) | \(format2(times[times.count / 2])) | \(format2(times[0])) |")
    }
  }

  private func residentMegabytes() -> Int {
    guard let bytes = try? FileSystem.readFile(atPath: "/proc/self/status") else { return 0 }
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("VmRSS:") {
      return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
    }
    return 0
  }

  private func seconds(_ duration: Duration) -> String { format2(milliseconds(duration) / 1000) }

  private func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
  }

  private func megabytes(_ bytes: Int) -> String { format2(Double(bytes) / 1_048_576) }

  private func format2(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }
}

extension String {
  fileprivate var replacingPipes: String {
    String(String.UnicodeScalarView(unicodeScalars.flatMap { $0 == "|" ? Array("\\|".unicodeScalars) : [$0] }))
  }
}
