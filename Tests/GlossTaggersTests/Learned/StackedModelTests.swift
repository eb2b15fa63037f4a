import GlossTaggers
import Testing

/// Stacked models: a second pass over a first pass's labels on both sides.
@Suite struct StackedModelTests {
  /// A task only the right context decides: `X` before `a` is `A`, before
  /// `b` it is `B`; the other words tag themselves.
  static let labels = ["A", "B", "W"]

  static var data: [LabeledSequence] {
    var data: [LabeledSequence] = []
    for (k, filler) in ["x", "y", "z", "v"].enumerated() {
      for (cue, label) in [("a", 0), ("b", 1)] {
        for count in 0..<(3 + k) {
          let words = Array(repeating: filler, count: count % 2) + ["X", cue, filler, "."]
          let tags = Array(repeating: 2, count: count % 2) + [label, 2, 2, 2]
          data.append(LabeledSequence(tokens: TokenSequence(words: words), labels: tags))
        }
      }
    }
    return data
  }

  static func train() -> SequenceModel {
    SequenceModel.trainStacked(
      kind: "tiny", labels: labels, data: data,
      options: TrainingOptions(epochs: 8, seed: 3, hashBits: 12, lexiconMinimumCount: 2), folds: 3,
      sources: [])
  }

  @Test func learnsAndIsDeterministic() {
    let model = Self.train()
    #expect(model.firstPass != nil)
    #expect(model.labels(for: ["X", "a", "y", "."]) == ["A", "W", "W", "W"])
    #expect(model.labels(for: ["y", "X", "b", "z", "."]) == ["W", "B", "W", "W", "W"])
    #expect(Self.train().fileBytes() == model.fileBytes())
  }

  @Test func fileHoldsBothPasses() throws {
    let model = Self.train()
    let bytes = model.fileBytes()
    let loaded = try SequenceModel(fileBytes: bytes)
    #expect(loaded.firstPass != nil)
    #expect(loaded.fileBytes() == bytes)
    #expect(loaded.labels(for: ["v", "X", "b", "v", "."]) == model.labels(for: ["v", "X", "b", "v", "."]))
    // Cut inside the first pass: refused, not misread.
    #expect(throws: ModelFileError.self) { try SequenceModel(fileBytes: Array(bytes.prefix(bytes.count / 3))) }
  }
}

/// Reading direction, averaged runs and the English lexicon in model files.
@Suite struct SequenceModelOptionsTests {
  static func english() throws -> EnglishLexicon {
    try EnglishLexiconTests.lexicon()
  }

  @Test func aRightToLeftModelLearnsFromTheRight() {
    // The label of "X" depends on the word after it: a right-to-left model
    // has already labelled that word when it reaches "X".
    let model = SequenceModel.train(
      kind: "tiny", labels: StackedModelTests.labels, data: StackedModelTests.data,
      options: TrainingOptions(epochs: 8, seed: 3, hashBits: 12, lexiconMinimumCount: 2), direction: .rightToLeft,
      sources: [])
    #expect(model.direction == .rightToLeft)
    #expect(model.labels(for: ["X", "a", "y", "."]) == ["A", "W", "W", "W"])
    #expect(model.labels(for: ["y", "X", "b", "z", "."]) == ["W", "B", "W", "W", "W"])
  }

  @Test func theStackedFirstPassReadsRightToLeft() throws {
    let model = StackedModelTests.train()
    #expect(model.direction == .leftToRight)
    #expect(model.firstPass?.direction == .rightToLeft)
    let loaded = try SequenceModel(fileBytes: model.fileBytes())
    #expect(loaded.firstPass?.direction == .rightToLeft)
  }

  @Test func runsAreAveragedAndRecorded() throws {
    let options = TrainingOptions(epochs: 4, seed: 3, runs: 3, hashBits: 12, lexiconMinimumCount: 2)
    let model = SequenceModel.train(
      kind: "tiny", labels: StackedModelTests.labels, data: StackedModelTests.data, options: options, sources: [])
    let one = SequenceModel.train(
      kind: "tiny", labels: StackedModelTests.labels, data: StackedModelTests.data,
      options: TrainingOptions(epochs: 4, seed: 3, hashBits: 12, lexiconMinimumCount: 2), sources: [])
    #expect(model.provenance.runs == 3)
    #expect(model.weights != one.weights)
    #expect(try SequenceModel(fileBytes: model.fileBytes()).provenance.runs == 3)
    #expect(
      model.fileBytes()
        == SequenceModel.train(
          kind: "tiny", labels: StackedModelTests.labels, data: StackedModelTests.data, options: options, sources: []
        ).fileBytes())
  }

  @Test func smallWeightsArePruned() {
    let data = StackedModelTests.data
    let all = SequenceModel.train(
      kind: "tiny", labels: StackedModelTests.labels, data: data,
      options: TrainingOptions(epochs: 4, seed: 3, hashBits: 12, lexiconMinimumCount: 2), sources: [])
    let pruned = SequenceModel.train(
      kind: "tiny", labels: StackedModelTests.labels, data: data,
      options: TrainingOptions(epochs: 4, seed: 3, hashBits: 12, lexiconMinimumCount: 2, minimumWeight: 0.5),
      sources: [])
    #expect(pruned.weights.nonZeroCount < all.weights.nonZeroCount)
    #expect(pruned.fileBytes().count < all.fileBytes().count)
  }

  @Test func theEnglishLexiconIsKeptOnceInAStackedFile() throws {
    let english = try Self.english()
    let options = TrainingOptions(epochs: 4, seed: 3, hashBits: 12, lexiconMinimumCount: 2, english: english)
    let model = SequenceModel.trainStacked(
      kind: "tiny", labels: StackedModelTests.labels, data: StackedModelTests.data, options: options, folds: 2,
      sources: [])
    #expect(model.extractor.english == english)
    let bytes = model.fileBytes()
    let loaded = try SequenceModel(fileBytes: bytes)
    #expect(loaded.extractor.english == english)
    #expect(loaded.firstPass?.extractor.english == english)
    #expect(loaded.fileBytes() == bytes)
    // Stored once, in the first pass; the second pass says so.
    #expect(String(decoding: bytes, as: UTF8.self).contains("\"english_lexicon_in_first_pass\""))
  }

  @Test func englishFeaturesAddTemplatesOnlyWithALexicon() throws {
    let words = TokenSequence(words: ["Dogs", "walked"])
    var plain = FeatureBuffer()
    var english = FeatureBuffer()
    FeatureExtractor(hashBits: 16, lexicon: WordLexicon()).extract(words, into: &plain)
    FeatureExtractor(hashBits: 16, lexicon: WordLexicon(), english: try Self.english()).extract(words, into: &english)
    #expect(plain.offsets == [0, FeatureExtractor.staticCount, 2 * FeatureExtractor.staticCount])
    let width = FeatureExtractor.staticCount + FeatureExtractor.englishCount
    #expect(english.offsets == [0, width, 2 * width])
    #expect(
      english.staticFeatures[0..<FeatureExtractor.staticCount] == plain.staticFeatures[0..<FeatureExtractor.staticCount]
    )
  }
}
