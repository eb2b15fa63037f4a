@testable import GlossCore

#if canImport(Glibc)
  import Glibc
#endif

/// A fresh directory under `/tmp` for one test, removed with its contents
/// when the test is done.
final class TemporaryDirectory {
  /// The directory's absolute path.
  let path: String

  init() {
    var template = Array("/tmp/gloss-tests-XXXXXX".utf8CString)
    let created = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }
    }
    precondition(created != nil, "mkdtemp failed")
    path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  deinit {
    Self.removeTree(path)
  }

  /// The path of `name` inside the directory.
  func file(_ name: String) -> String { path + "/" + name }

  private static func removeTree(_ path: String) {
    if FileSystem.isDirectory(atPath: path),
      let names = try? FileSystem.contentsOfDirectory(atPath: path)
    {
      for name in names { removeTree(path + "/" + name) }
    }
    try? FileSystem.removeItem(atPath: path)
  }
}
