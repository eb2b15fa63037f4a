import CFuzzer
import FuzzSupport
import GlossCore
import GlossQuery

#if canImport(Glibc)
  import Glibc
#endif

/// A few spans over the fuzz corpus (`emoji` and `crlf`), so that span queries have matches.
private let spans: [String: [Span]] = [
  "emoji": [
    Span(id: "s1", layer: "entity", label: "PERSON", start: 16, end: 20, annotator: "ana", status: .accepted),
    Span(id: "s2", layer: "entity", label: "GPE", start: 59, end: 68, annotator: "ana", status: .suggested),
    Span(
      id: "s3", layer: "time", label: "DATE", start: 72, end: 82, attributes: ["value": "2024-05-03"],
      annotator: "tagger:dates@1", status: .accepted),
  ],
  "crlf": [
    Span(id: "s1", layer: "entity", label: "ORG", start: 16, end: 18, annotator: "ana", status: .accepted)
  ],
]

/// The query engine over the fuzz corpus, built once.
private let engine: QueryEngine = {
  let corpus = FuzzCorpus.corpus
  let index = CorpusIndex(corpus: corpus) { id in
    DocumentAnnotations(documentID: id, revision: 1, spans: spans[id] ?? [])
  }
  return QueryEngine(corpus: corpus, index: index)
}()

/// How long one query may run, in seconds, before it is stopped (a query
/// that ignores the limit shows as a libFuzzer timeout).
private let timeLimit = 1.0

/// One fuzz input: parses the input as a query and runs it on the fuzz
/// corpus with a time limit; a query error or interruption is a normal outcome.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let query = FuzzCorpus.string(data, size)
  guard let expression = try? engine.parse(query) else { return 0 }
  _ = try? engine.run(expression, limits: QueryLimits(timeLimit: timeLimit))
  return 0
}

// libFuzzer's driver reads its options from the command line and calls
// fuzzQuery with each input.
exit(gloss_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in data.map { fuzzQuery($0, size) } ?? 0 })
