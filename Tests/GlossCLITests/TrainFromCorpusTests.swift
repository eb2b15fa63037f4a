import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// `gloss train entities --from accepted` on a copy of the seed corpus and
/// its gold annotations.
@Suite struct TrainFromCorpusTests {
  static let repository = String(#filePath.split(separator: "/Tests/").first ?? "")

  /// A temporary folder holding a copy of the repository's `Corpus/` and
  /// `Annotations/` (the seeds and their gold).
  static func copyOfTheSeedCorpus(_ prefix: String) throws -> String {
    let root = NSTemporaryDirectory() + "\(prefix)-\(UInt64.random(in: 0...UInt64.max))"
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    for folder in ["Corpus", "Annotations"] {
      try FileManager.default.copyItem(atPath: repository + "/" + folder, toPath: root + "/" + folder)
    }
    return root
  }

  @Test func trainsFromAcceptedSpansWithHeldOutFiguresAndTheRevision() throws {
    let root = try Self.copyOfTheSeedCorpus("gloss-train-corpus")
    defer { try? FileManager.default.removeItem(atPath: root) }
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

  @Test func tagUsesTheNewestCorpusEntityModelAfterTheRules() throws {
    let root = try Self.copyOfTheSeedCorpus("gloss-tag-model")
    defer { try? FileManager.default.removeItem(atPath: root) }
    // Without a corpus model, nothing is said about one.
    let before = try GlossProcess.run(["tag", "000_4cd8ae22b0588f7c", "--layers", "entity"], in: root)
    #expect(before.status == 0, "\(before.standardError)")
    #expect(!before.standardError.contains("entity model"))
    let trained = try GlossProcess.run(
      ["train", "entities", "--from", "accepted", "--hash-bits", "12", "--epochs", "2", "--held-out-folds", "2"],
      in: root)
    #expect(trained.status == 0, "\(trained.standardError)")
    // An older model is ignored in favour of the highest revision.
    try FileManager.default.copyItem(
      atPath: root + "/Models/entities-r3.glossmodel", toPath: root + "/Models/entities-r1.glossmodel")
    Array("Vladimir Putin met Kim Jong Un in Pyongyang on June 19, 2024.\n".utf8).withUnsafeBufferPointer {
      _ = FileManager.default.createFile(atPath: root + "/Corpus/new.txt", contents: Data($0))
    }
    _ = FileManager.default.createFile(
      atPath: root + "/Corpus/new.meta.json", contents: Data(#"{"dct": "2024-06-20"}"#.utf8))
    let result = try GlossProcess.run(["tag", "new"], in: root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      result.standardError.contains("entity model: Models/entities-r3.glossmodel")
        || result.standardError.contains("/Models/entities-r3.glossmodel"))
    #expect(
      result.standardError.contains(
        "with tagger:entities@1, tagger:entities-perceptron@1/entities-r3.glossmodel, tagger:time@"),
      "\(result.standardError)")
    // The shell's tag says which model it used.
    let shell = try GlossProcess.run(["repl"], in: root, input: "tag new entity\n")
    #expect(
      shell.standardOutput.contains("entity model entities-r3.glossmodel")
        || shell.standardError.contains("entity model entities-r3.glossmodel"), "\(shell)")
  }

  @Test func buildsOnABaseModelAndRefusesAChangedBase() throws {
    let root = try Self.copyOfTheSeedCorpus("gloss-train-base")
    defer { try? FileManager.default.removeItem(atPath: root) }
    let base = root + "/base.glossmodel"
    try FileManager.default.copyItem(atPath: Self.repository + "/Models/entities-en-ewt.glossmodel", toPath: base)

    let refused = try GlossProcess.run(
      ["train", "entities", "--iob2", Self.repository + "/Tests/Fixtures/sample.iob2", "--base", "shipped"], in: root)
    #expect(refused.status != 0)
    #expect(
      refused.standardError.contains("--base builds on a model when training from the corpus"),
      "\(refused.standardError)")

    let trained = try GlossProcess.run(
      [
        "train", "entities", "--from", "accepted", "--base", "base.glossmodel", "--hash-bits", "12", "--epochs", "2",
        "--held-out-folds", "2",
      ], in: root)
    #expect(trained.status == 0, "\(trained.standardError)")
    let model = try String(contentsOfFile: root + "/Models/entities-r3.glossmodel", encoding: .isoLatin1)
    #expect(model.contains("\"kind\":\"entities+base\""))
    #expect(model.contains("\"name\":\"base:") && model.contains("/base.glossmodel\""))

    // Tagging loads the base the model was trained on...
    let tagged = try GlossProcess.run(["tag", "000_4cd8ae22b0588f7c", "--layers", "entity"], in: root)
    #expect(tagged.status == 0, "\(tagged.standardError)")
    #expect(tagged.standardError.contains("entities-r3.glossmodel"), "\(tagged.standardError)")

    // ...and refuses a different file in its place, saying what to do.
    try FileManager.default.removeItem(atPath: base)
    try FileManager.default.copyItem(atPath: Self.repository + "/Models/clauses-en-ewt.glossmodel", toPath: base)
    let changed = try GlossProcess.run(["tag", "000_4cd8ae22b0588f7c", "--layers", "entity"], in: root)
    #expect(changed.status != 0)
    #expect(changed.standardError.contains("was trained on the base model"), "\(changed.standardError)")
    #expect(changed.standardError.contains("retrain with gloss train entities --from accepted --base"))
  }
}
