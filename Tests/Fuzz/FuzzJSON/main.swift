import CFuzzer
import FuzzSupport
import GlossCore

#if canImport(Glibc)
  import Glibc
#endif

/// One fuzz input: parses the input as JSON (a syntax error is a normal
/// outcome); a value read must be written and read back unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard let value = try? JSONParser.parse(FuzzCorpus.bytes(data, size)) else { return 0 }
  var writer = JSONWriter()
  writer.value(value)
  let written = writer.takeBytes()
  guard let again = try? JSONParser.parse(written), again == value else {
    fatalError("JSON did not round-trip: \(String(decoding: written, as: UTF8.self))")
  }
  return 0
}

// libFuzzer's driver reads its options from the command line and calls
// fuzzJSON with each input.
exit(gloss_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in data.map { fuzzJSON($0, size) } ?? 0 })
