import CFuzzer
import FuzzSupport
import GlossCore
import GlossFormats

#if canImport(Glibc)
  import Glibc
#endif

/// A folder for the input files, with each fuzz document's text beside
/// where its brat `.ann` is written.
private let folder: String = {
  var template = Array("/tmp/gloss-fuzz-import-XXXXXX".utf8CString)
  guard let made = mkdtemp(&template) else { fatalError("mkdtemp failed") }
  let path = String(cString: made)
  for document in FuzzCorpus.corpus.documents { write(document.text.utf8, to: "\(path)/\(document.id).txt") }
  return path
}()

/// The corpus the imports are checked against.
private let corpus = FuzzCorpus.corpus

/// The importers, in the order the first byte of an input picks them.
private let formats = ImportFormat.allCases

/// Writes `bytes` to `path`, replacing it.
private func write(_ bytes: [UInt8], to path: String) {
  guard let file = fopen(path, "wb") else { fatalError("cannot write \(path)") }
  _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
  fclose(file)
}

/// One fuzz input: the first byte picks the format (its value modulo the
/// number of formats; the seeds use 0, 1, 2…), the rest is the file,
/// imported against the fuzz corpus. An import error is a normal outcome.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let format = formats[Int(data[0]) % formats.count]
  // brat reads DOC.ann beside DOC.txt: the file is the first document's.
  let name = format == .brat ? "\(corpus.documents[0].id).ann" : "input.\(format.rawValue)"
  let path = "\(folder)/\(name)"
  write(FuzzCorpus.bytes(data + 1, size - 1), to: path)
  _ = try? format.makeImporter().read(path: path, corpus: corpus)
  return 0
}

// libFuzzer's driver reads its options from the command line and calls
// fuzzImport with each input.
exit(gloss_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in data.map { fuzzImport($0, size) } ?? 0 })
