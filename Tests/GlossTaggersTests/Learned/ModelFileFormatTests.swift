import GlossCore
import Testing

@testable import GlossTaggers

/// Model file format 4 (word clusters, one-byte weight codes) and the
/// older formats it still reads.
@Suite struct ModelFileFormatTests {
  static func stacked(clusters: WordClusters = WordClustersTests.learn(), quantize: Bool = true) -> SequenceModel {
    SequenceModel.trainStacked(
      kind: "tiny", labels: StackedModelTests.labels, data: StackedModelTests.data,
      options: TrainingOptions(
        epochs: 4, seed: 3, hashBits: 12, lexiconMinimumCount: 2, clusters: clusters, quantize: quantize),
      folds: 2, sources: [])
  }

  @Test func clustersAreKeptOnceInAStackedFile() throws {
    let clusters = WordClustersTests.learn()
    let model = Self.stacked(clusters: clusters)
    let bytes = model.fileBytes()
    #expect(bytes.starts(with: Array("GLOSSMODEL 4\n".utf8)))
    let loaded = try SequenceModel(fileBytes: bytes)
    #expect(loaded.extractor.clusters == clusters)
    #expect(loaded.firstPass?.extractor.clusters == clusters)
    #expect(loaded.fileBytes() == bytes)
    #expect(String(decoding: bytes, as: UTF8.self).contains("\"clusters_in_first_pass\""))
    let words = ["v", "X", "b", "cat", "."]
    #expect(loaded.labels(for: words) == model.labels(for: words))
  }

  @Test func quantizedWeightsTakeFewValuesAndReadBackExactly() throws {
    let model = Self.stacked()
    let values = Set(model.weights.bits.filter { $0 & 0x7FFF != 0 })
    #expect(values.count <= 254)
    let loaded = try SequenceModel(fileBytes: model.fileBytes())
    #expect(loaded.weights == model.weights)
    #expect(loaded.firstPass?.weights == model.firstPass?.weights)
  }

  @Test func quantizationMovesWeightsByAFewPercentAndShrinksTheFile() throws {
    let exact = Self.stacked(quantize: false)
    let quantized = Self.stacked(quantize: true)
    let cells = (0..<exact.weights.bucketCount).flatMap { row in
      (0..<exact.weights.labelCount).map { (row, $0) }
    }
    let largest = cells.map { abs(exact.weights.weight(row: $0.0, label: $0.1)) }.max() ?? 0
    #expect(largest > 0)
    for (row, label) in cells {
      let a = exact.weights.weight(row: row, label: label)
      let b = quantized.weights.weight(row: row, label: label)
      if abs(a) >= largest / 1000 { #expect(abs(b - a) <= 0.05 * abs(a)) }
    }
    #expect(quantized.fileBytes().count < exact.fileBytes().count)
    // Unquantized weights (more than 256 values) are still written exactly.
    let loaded = try SequenceModel(fileBytes: exact.fileBytes())
    #expect(loaded.weights == exact.weights)
  }

  @Test func damagedWeightsAreRefused() {
    let bytes = Self.stacked().fileBytes()
    #expect(throws: ModelFileError.self) { try SequenceModel(fileBytes: Array(bytes.dropLast())) }
    #expect(throws: ModelFileError.self) { try SequenceModel(fileBytes: bytes + [0]) }
  }

  @Test func everyTruncationIsRefused() throws {
    let bytes = Self.stacked().fileBytes()
    let binaryStart = bytes.indices.filter { bytes[$0] == 0x0A }[1] + 1
    for length in binaryStart..<bytes.count {
      #expect(throws: ModelFileError.self, "cut at \(length)") { try SequenceModel(fileBytes: Array(bytes[..<length])) }
    }
  }

  /// The shipped models read and write back byte for byte, so the model
  /// files and the code that reads them agree.
  @Test(arguments: ["pos-en-ewt", "entities-en-ewt", "clauses-en-ewt"])
  func shippedModelsWriteBackTheirOwnBytes(name: String) throws {
    let bytes = try FileSystem.readFile(atPath: SeedGold.root + "/Models/\(name).glossmodel")
    #expect(try SequenceModel(fileBytes: bytes).fileBytes() == bytes)
  }

  /// A stacked model with an English lexicon written by Gloss before format
  /// 4 (`Tests/Fixtures/models/pos-format3.glossmodel`: trained on the two
  /// CoNLL-U fixtures with `--folds 2 --hash-bits 10 --epochs 5
  /// --lexicon-minimum-count 1` and the English-lexicon fixture).
  @Test func aFormat3FileStillReadsAndTags() throws {
    let path = SeedGold.root + "/Tests/Fixtures/models/pos-format3.glossmodel"
    let bytes = try FileSystem.readFile(atPath: path)
    #expect(bytes.starts(with: Array("GLOSSMODEL 3\n".utf8)))
    let model = try SequenceModel(contentsOfFile: path)
    #expect(model.firstPass != nil)
    #expect(!model.extractor.english.isEmpty)
    #expect(model.extractor.clusters.isEmpty)
    // As the Gloss that wrote it tagged its training sentences (`gloss eval
    // pos Tests/Fixtures/sample.conllu`: 10 of 10).
    #expect(model.labels(for: ["do", "n't", "like", "it", "."]) == ["AUX", "PART", "VERB", "PRON", "PUNCT"])
    #expect(model.labels(for: ["Sue", "went", "and", "Bob", "too"]) == ["PROPN", "VERB", "CCONJ", "PROPN", "ADV"])
    // Rewritten in format 4, it tags the same.
    let rewritten = try SequenceModel(fileBytes: model.fileBytes())
    #expect(rewritten.weights == model.weights)
    #expect(
      rewritten.labels(for: ["Sue", "went", "and", "Bob", "too"])
        == model.labels(for: ["Sue", "went", "and", "Bob", "too"]))
  }
}
