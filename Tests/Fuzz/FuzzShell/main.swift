import CFuzzer
import FuzzSupport
import GlossCore

@testable import GlossShell

#if canImport(Glibc)
  import Glibc
#endif

/// The commands run on the input: those that read or stage in memory. The
/// others write files, load models or wait for keys (`commit`, `export`,
/// `tag`, `review`…) and are only lexed.
private let runnable: Set<String> = [
  "accept", "annotate", "attr", "cooccur", "count", "docs", "done", "undone", "explain", "help", "labels", "let",
  "query", "quit", "exit", "reject", "relabel", "remove", "resize", "sentences", "show", "status", "timeline",
  "tokens", "undo",
]

/// An empty folder the corpus is rooted at, so nothing outside it is read or written.
private let root: String = {
  var template = Array("/tmp/gloss-fuzz-shell-XXXXXX".utf8CString)
  guard let folder = mkdtemp(&template) else { fatalError("mkdtemp failed") }
  return String(cString: folder)
}()

/// The fuzz corpus, rooted at the empty folder.
private let fuzzCorpus = Corpus(root: root, documents: FuzzCorpus.corpus.documents, scheme: FuzzCorpus.corpus.scheme)

/// How long one query may run, in seconds.
private let timeLimit = 1.0

/// One fuzz input: splits the input into commands as a script is split
/// (continuations, quotes, brackets), lexes each, and runs those that only
/// read or stage on a fresh interpreter over the fuzz corpus. A command
/// error is a normal outcome.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzShell(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let source = FuzzCorpus.string(data, size)
  _ = ShellLexer.needsContinuation(source)
  let script = ShellScript(source: source)
  var settings = ShellSettings(annotator: "fuzz", color: false)
  settings.queryTimeLimit = timeLimit
  settings.writeConfinement = WriteConfinement(folders: [root], base: root)
  var interpreter = ShellInterpreter(
    session: AnnotationSession(corpus: fuzzCorpus, annotator: "fuzz"), settings: settings)
  for command in script.commands {
    guard let words = try? ShellLexer.words(command.text) else { continue }
    for word in words { _ = command.location(ofColumn: word.column + word.width) }
    guard let name = words.first, runnable.contains(name.text) else { continue }
    if let output = try? interpreter.execute(command.text) { interpreter.print(output) }
    if interpreter.wantsToQuit { break }
  }
  return 0
}

// libFuzzer's driver reads its options from the command line and calls
// fuzzShell with each input.
exit(gloss_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in data.map { fuzzShell($0, size) } ?? 0 })
