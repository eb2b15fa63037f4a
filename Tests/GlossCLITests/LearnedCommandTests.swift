import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// `gloss train` and the `gloss eval` commands of the learned taggers, run
/// as processes.
@Suite struct LearnedCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
  static let fixtures = root + "/Tests/Fixtures"

  private func json(_ output: GlossProcess.Output) throws -> JSONValue {
    #expect(output.status == 0, "\(output.standardError)")
    return try JSONParser.parse(Array(output.standardOutput.utf8))
  }

  @Test func evalPOSWithTheShippedModel() throws {
    let result = try json(
      GlossProcess.run(["eval", "pos", Self.fixtures + "/sample.conllu", "--json"], in: Self.root))
    #expect(result["data"]?["file"]?.stringValue?.hasSuffix("sample.conllu") == true)
    #expect(result["data"]?["sha256"]?.stringValue?.count == 64)
    #expect(result["model"]?["trained_on"]?.arrayValue?.first?.stringValue == "en_ewt-ud-train.conllu")
    let accuracy = try #require(result["pos"]?["accuracy"]?.doubleValue)
    #expect(accuracy > 0.8)
  }

  @Test func evalEntitiesWithTheShippedModel() throws {
    let result = try json(
      GlossProcess.run(["eval", "entities", Self.fixtures + "/sample.iob2", "--json"], in: Self.root))
    #expect(result["data"]?["sentences"]?.intValue == 5)
    #expect(result["entities"]?["gold"]?.intValue == 3)
    #expect(result["entities"]?["f1"]?.doubleValue != nil)
    #expect(result["by_type"]?["LOC"] != nil)
  }

  @Test func trainPOSOnAFixtureThenEvaluateIt() throws {
    let output = NSTemporaryDirectory() + "gloss-pos-\(UInt64.random(in: 0...UInt64.max)).glossmodel"
    defer { try? FileManager.default.removeItem(atPath: output) }
    let train = try GlossProcess.run([
      "train", "pos", "--conllu", Self.fixtures + "/sample.conllu", "-o", output, "--hash-bits", "12", "--epochs", "8",
    ])
    #expect(train.status == 0, "\(train.standardError)")
    #expect(train.standardError.contains("epoch 8"))
    let result = try json(
      GlossProcess.run(["eval", "pos", Self.fixtures + "/sample.conllu", "--model", output, "--json"]))
    // It has learned its own training data.
    #expect(try #require(result["pos"]?["accuracy"]?.doubleValue) > 0.95)
  }

  @Test func trainAStackedPOSModelWithTheEnglishLexicon() throws {
    let output = NSTemporaryDirectory() + "gloss-pos-\(UInt64.random(in: 0...UInt64.max)).glossmodel"
    defer { try? FileManager.default.removeItem(atPath: output) }
    let lexicon = Self.fixtures + "/english-lexicon"
    let train = try GlossProcess.run([
      "train", "pos", "--conllu", Self.fixtures + "/sample.conllu", "-o", output, "--hash-bits", "12", "--epochs", "4",
      "--folds", "2", "--runs", "2", "--minimum-weight", "0.1", "--wordnet", lexicon + "/wordnet",
      "--word-list", lexicon + "/words.txt",
    ])
    #expect(train.status == 0, "\(train.standardError)")
    #expect(train.standardError.contains("second pass"))
    let result = try json(
      GlossProcess.run(["eval", "pos", Self.fixtures + "/sample.conllu", "--model", output, "--json"]))
    #expect(try #require(result["pos"]?["accuracy"]?.doubleValue) > 0.9)
    // A word list alone is refused: its features come with WordNet's.
    let refused = try GlossProcess.run([
      "train", "pos", "--conllu", Self.fixtures + "/sample.conllu", "-o", output, "--word-list", lexicon + "/words.txt",
    ])
    #expect(refused.status != 0)
    #expect(refused.standardError.contains("--word-list needs --wordnet"))
  }

  @Test func trainAPOSModelWithWordClusters() throws {
    let output = NSTemporaryDirectory() + "gloss-pos-\(UInt64.random(in: 0...UInt64.max)).glossmodel"
    defer { try? FileManager.default.removeItem(atPath: output) }
    let train = try GlossProcess.run([
      "train", "pos", "--conllu", Self.fixtures + "/sample.conllu", "--clusters-from", Self.fixtures + "/sample.conllu",
      Self.fixtures + "/clauses.conllu", Self.fixtures + "/english-lexicon/wordnet/data.noun",
      "--cluster-minimum-count", "1", "--cluster-classes", "16", "-o", output, "--hash-bits", "12", "--epochs", "4",
      "--folds", "2",
    ])
    #expect(train.status == 0, "\(train.standardError)")
    let bytes = try #require(FileManager.default.contents(atPath: output))
    #expect(bytes.starts(with: Array("GLOSSMODEL 4\n".utf8)))
    #expect(String(decoding: bytes.prefix(2000), as: UTF8.self).contains("\"cluster_words\""))
    let result = try json(
      GlossProcess.run(["eval", "pos", Self.fixtures + "/sample.conllu", "--model", output, "--json"]))
    #expect(try #require(result["pos"]?["accuracy"]?.doubleValue) > 0.9)
  }

  @Test func trainEntitiesWithGazetteerAndPartOfSpeechFeatures() throws {
    let output = NSTemporaryDirectory() + "gloss-ent-\(UInt64.random(in: 0...UInt64.max)).glossmodel"
    defer { try? FileManager.default.removeItem(atPath: output) }
    let train = try GlossProcess.run([
      "train", "entities", "--iob2", Self.fixtures + "/sample.iob2", "--gazetteer", "--pos", "-o", output,
      "--hash-bits", "12", "--epochs", "8",
    ])
    #expect(train.status == 0, "\(train.standardError)")
    let result = try json(
      GlossProcess.run(["eval", "entities", Self.fixtures + "/sample.iob2", "--model", output, "--json"]))
    #expect(result["model"]?["kind"]?.stringValue == "entities+gazetteer+pos")
    // It has learned its own training data.
    #expect(try #require(result["entities"]?["f1"]?.doubleValue) > 0.9)
  }

  @Test func trainClausesOnAFixtureThenEvaluateIt() throws {
    let output = NSTemporaryDirectory() + "gloss-clauses-\(UInt64.random(in: 0...UInt64.max)).glossmodel"
    defer { try? FileManager.default.removeItem(atPath: output) }
    let train = try GlossProcess.run([
      "train", "clauses", "--conllu", Self.fixtures + "/clauses.conllu", "-o", output, "--hash-bits", "12",
    ])
    #expect(train.status == 0, "\(train.standardError)")
    let result = try json(
      GlossProcess.run(["eval", "clauses", Self.fixtures + "/clauses.conllu", "--model", output, "--json"]))
    #expect(result["data"]?["sentences"]?.intValue == 2)
    #expect(result["clauses"]?["gold"]?.intValue == 6)
    #expect(try #require(result["clauses"]?["f1"]?.doubleValue) == 1)
    #expect(result["by_type"]?["REL"]?["gold"]?.intValue == 1)
  }

  @Test func evalClausesWithTheShippedModel() throws {
    let result = try json(
      GlossProcess.run(["eval", "clauses", Self.fixtures + "/clauses.conllu", "--json"], in: Self.root))
    #expect(result["model"]?["kind"]?.stringValue == "clauses+pos")
    #expect(result["unlabeled"]?["f1"]?.doubleValue != nil)
  }

  @Test func benchModelsReportsEveryShippedModel() throws {
    let result = try json(
      GlossProcess.run(["bench", "models", "--words", "1500", "--repeats", "1", "--json"], in: Self.root))
    #expect(try #require(result["tokens"]?.intValue) > 1000)
    for name in ["pos-en-ewt", "entities-en-ewt", "clauses-en-ewt"] {
      #expect(try #require(result["models"]?[name]?["words_per_second"]?.intValue) > 0)
    }
    #expect(result["pos_and_entities_words_per_second"]?.intValue != nil)
  }

  @Test func evalCombinesALearnedEntityModelWithTheRules() throws {
    let gold = Self.fixtures + "/gold-news"
    let model = Self.root + "/Models/entities-en-ewt.glossmodel"
    let after = try json(GlossProcess.run(["eval", gold, "--layers", "entity", "--entity-model", model, "--json"]))
    #expect(after["data"]?["taggers"]?.stringValue == "tagger:entities@1+tagger:entities-perceptron@1")
    let first = try json(
      GlossProcess.run(["eval", gold, "--layers", "entity", "--entity-model", model, "--entity-model-first", "--json"]))
    #expect(first["data"]?["taggers"]?.stringValue == "tagger:entities-perceptron@1+tagger:entities@1")
  }

  @Test func evalWithTheLearnedClauseModelInPlaceOfTheRules() throws {
    let result = try json(
      GlossProcess.run([
        "eval", Self.fixtures + "/gold-news", "--layers", "clause", "--clause-model",
        Self.root + "/Models/clauses-en-ewt.glossmodel", "--json",
      ]))
    #expect(result["data"]?["taggers"]?.stringValue == "tagger:clauses-perceptron@1")
  }

  @Test func evalRejectsAMissingModel() throws {
    let result = try GlossProcess.run([
      "eval", "pos", Self.fixtures + "/sample.conllu", "--model", "/nonexistent.glossmodel",
    ])
    #expect(result.status == 1)
    #expect(result.standardError.contains("nonexistent.glossmodel"))
  }
}
