import GlossCore

#if canImport(Glibc)
  import Glibc
#endif

/// The small corpus the fuzz targets work on: the interop suite's
/// (`Tests/Fixtures/interop`: non-ASCII names, an emoji, CRLF line ends),
/// which the seed inputs that `make fuzz` exports refer to.
public enum FuzzCorpus {
  /// Where the corpus is: `$GLOSS_FUZZ_CORPUS`, else the fixture seen from the repository's root.
  public static let root = getenv("GLOSS_FUZZ_CORPUS").map { String(cString: $0) } ?? "Tests/Fixtures/interop"

  /// The corpus, loaded once (a fuzz target stops at once if it is missing).
  public static let corpus: Corpus = {
    guard let corpus = try? Corpus.load(at: root), !corpus.documents.isEmpty else {
      fatalError("no fuzz corpus at \(root); run from the repository's root or set GLOSS_FUZZ_CORPUS")
    }
    return corpus
  }()

  /// A string from fuzz bytes: UTF-8, invalid sequences replaced.
  public static func string(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  }

  /// The fuzz bytes as an array.
  public static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: size))
  }
}
