import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// `gloss train entities --from accepted` on a copy of the seed corpus and
/// its gold annotations.
@Suite struct TrainFromCorpusTests {
  static let repository = String(#filePath.split(separator: "/Tests/").first ?? "")

  @Test func trainsFromAcceptedSpansWithHeldOutFiguresAndTheRevision() throws {
    let root = NSTemporaryDirectory() + "gloss-train-corpus-\(UInt64.random(in: 0...UInt64.max))"
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    for folder in ["Corpus", "Annotations"] {
      try FileManager.default.copyItem(atPath: Self.repository + "/" + folder, toPath: root + "/" + folder)
    }
    let result = try GlossProcess.run(
      ["train", "entities", "--from", "accepted", "--gazetteer", "--hash-bits", "14", "--epochs", "5"], in: root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("held-out (3-fold by document, 3 documents, revision 3): exact-span P"))
    let model = try String(contentsOfFile: root + "/Models/entities-r3.glossmodel", encoding: .isoLatin1)
    #expect(model.contains("\"kind\":\"entities+gazetteer\""))
    #expect(model.contains("\"name\":\"corpus:entity\""))
    #expect(model.contains("\"revision\":3"))
    #expect(model.contains("B-PERSON"))
  }
}
