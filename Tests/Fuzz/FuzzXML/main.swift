import CFuzzer
import FuzzSupport
import GlossFormats

#if canImport(Glibc)
  import Glibc
#endif

/// One fuzz input: reads the input's XML elements; a refusal is a normal outcome.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzXML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  _ = try? XMLElementReader.elements(FuzzCorpus.bytes(data, size))
  return 0
}

// libFuzzer's driver reads its options from the command line and calls
// fuzzXML with each input.
exit(gloss_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in data.map { fuzzXML($0, size) } ?? 0 })
