import Foundation
import GlossCore
import GlossTestSupport

/// A temporary copy of the bundled seed corpus (`Corpus/` of this repository).
enum SeedCorpus {
  static var repositoryRoot: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().path
  }

  static func copy() throws -> TemporaryCorpus {
    let folder = repositoryRoot + "/Corpus"
    var texts: [String: String] = [:]
    var metadata: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
      let contents = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
      if name.hasSuffix(".meta.json") {
        metadata[String(name.dropLast(".meta.json".count))] = contents
      } else if name.hasSuffix(".txt") {
        texts[String(name.dropLast(".txt".count))] = contents
      }
    }
    return try TemporaryCorpus(texts, metadata: metadata)
  }
}
