import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// The gold scripts of `Notebooks/gold/` run cleanly on a copy of the seed
/// corpus (the team lead commits them into the real one).
@Suite struct GoldScriptTests {
  static let repository = String(#filePath.split(separator: "/Tests/").first ?? "")

  @Test func timeGoldScriptRunsOnACopyOfTheSeedCorpus() throws {
    let corpusFolder = Self.repository + "/Corpus"
    let names = try FileManager.default.contentsOfDirectory(atPath: corpusFolder).sorted()
    var texts: [String: String] = [:]
    var metadata: [String: String] = [:]
    for name in names {
      let contents = try String(contentsOfFile: corpusFolder + "/" + name, encoding: .utf8)
      if name.hasSuffix(".meta.json") {
        metadata[String(name.dropLast(10))] = contents
      } else if name.hasSuffix(".txt") {
        texts[String(name.dropLast(4))] = contents
      }
    }
    try #require(texts.count == 3, "the seed corpus is missing")
    let folder = try TemporaryCorpus(texts, metadata: metadata)
    defer { folder.remove() }
    let script = Self.repository + "/Notebooks/gold/time.gloss"
    var result = try GlossProcess.run(["run", script], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.contains("committed revision 1: Gold: time layer"))
    try FileManager.default.createDirectory(atPath: folder.root + "/gold", withIntermediateDirectories: true)
    result = try GlossProcess.run(["export", "json", "-o", "gold/seeds.json"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    result = try GlossProcess.run(["eval", "gold", "--layers", "time", "--json"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    let report = try JSONParser.parse(result.standardOutput)
    #expect(report["layers"]?["time"]?["total"]?["exact"]?["gold"]?.intValue == 18)
  }
}
