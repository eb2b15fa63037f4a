import GlossCore
import GlossTaggers
import Testing

/// A tiny tagging task: determiners, nouns (by suffix) and verbs (by suffix),
/// so a model must generalize from affixes and context to unseen words.
private enum TinyTask {
  static let labels = ["DET", "NOUN", "VERB", "PUNCT"]
  static let nouns = ["cat", "dog", "table", "house", "ocean", "garden", "river", "letter"]
  static let verbs = ["runs", "jumps", "sleeps", "walks", "sings", "reads", "swims", "writes"]

  static func sentence(_ determiner: String, _ noun: String, _ verb: String) -> LabeledSequence {
    LabeledSequence(tokens: TokenSequence(words: [determiner, noun, verb, "."]), labels: [0, 1, 2, 3])
  }

  static var data: [LabeledSequence] {
    var data: [LabeledSequence] = []
    for (i, noun) in nouns.enumerated() {
      for (j, verb) in verbs.enumerated() where (i + j) % 3 == 0 {
        data.append(sentence(i % 2 == 0 ? "the" : "a", noun, verb))
      }
    }
    return data
  }

  static func train(seed: UInt64 = 7) -> SequenceModel {
    SequenceModel.train(
      kind: "tiny", labels: labels, data: data,
      options: TrainingOptions(epochs: 10, seed: seed, hashBits: 12, lexiconMinimumCount: 100),
      sources: [TrainingProvenance.Source(name: "tiny", sha256: "0", revision: 3, sentences: data.count, tokens: 4)])
  }
}

@Suite struct SequenceModelTests {
  @Test func learnsTheTinyTaskAndGeneralizes() {
    let model = TinyTask.train()
    for sequence in TinyTask.data {
      let words = (0..<sequence.tokens.count).map { sequence.tokens.word(at: $0) }
      #expect(model.labels(for: words) == ["DET", "NOUN", "VERB", "PUNCT"])
    }
    // Words never seen in training.
    #expect(model.labels(for: ["the", "warden", "talks", "."]) == ["DET", "NOUN", "VERB", "PUNCT"])
  }

  @Test func trainingIsDeterministicForASeed() {
    #expect(TinyTask.train(seed: 7).fileBytes() == TinyTask.train(seed: 7).fileBytes())
  }

  @Test func modelFileRoundTrips() throws {
    let model = TinyTask.train()
    let bytes = model.fileBytes()
    let loaded = try SequenceModel(fileBytes: bytes)
    #expect(loaded.fileBytes() == bytes)
    #expect(loaded.labels == TinyTask.labels)
    #expect(loaded.kind == "tiny")
    #expect(loaded.extractor.hashBits == 12)
    #expect(loaded.provenance.sources.first?.revision == 3)
    #expect(loaded.labels(for: ["a", "river", "sings", "."]) == model.labels(for: ["a", "river", "sings", "."]))
  }

  @Test func rejectsDamagedFiles() {
    let bytes = TinyTask.train().fileBytes()
    #expect(throws: ModelFileError.self) { try SequenceModel(fileBytes: Array("nonsense\n".utf8)) }
    #expect(throws: ModelFileError.self) { try SequenceModel(fileBytes: Array(bytes.prefix(bytes.count - 1))) }
  }

  @Test func bioConstraintNeverStartsWithInside() {
    let labels = ["O", "B-PER", "I-PER"]
    let data = [
      LabeledSequence(tokens: TokenSequence(words: ["Ann", "Lee", "came"]), labels: [1, 2, 0]),
      LabeledSequence(tokens: TokenSequence(words: ["she", "came"]), labels: [0, 0]),
    ]
    let model = SequenceModel.train(
      kind: "ner", labels: labels, data: data, options: TrainingOptions(epochs: 3, hashBits: 10), sources: [])
    var workspace = SequenceModel.Workspace()
    model.tag(TokenSequence(words: ["Lee", "came"]), workspace: &workspace)
    #expect(model.labels[workspace.labels[0]] != "I-PER")
    #expect(workspace.margins.count == 2)
  }
}

@Suite struct FeatureExtractorTests {
  @Test func oneRowPerStaticTemplateAndExtraFeatures() {
    let extractor = FeatureExtractor(hashBits: 16, lexicon: WordLexicon())
    var buffer = FeatureBuffer()
    extractor.extract(TokenSequence(words: ["Kim", "visited", "Pyongyang"]), extra: [["gazetteer=PER"]], into: &buffer)
    #expect(
      buffer.offsets == [
        0, FeatureExtractor.staticCount + 1, 2 * FeatureExtractor.staticCount + 1, 3 * FeatureExtractor.staticCount + 1,
      ])
    #expect(buffer.staticFeatures.allSatisfy { $0 >= 0 && $0 < 1 << 16 })
  }

  @Test func caseFoldedTemplatesAgreeAndExactFormDiffers() {
    let extractor = FeatureExtractor(hashBits: 20, lexicon: WordLexicon())
    var upper = FeatureBuffer()
    var lower = FeatureBuffer()
    extractor.extract(TokenSequence(words: ["Running"]), into: &upper)
    extractor.extract(TokenSequence(words: ["running"]), into: &lower)
    // Template order: bias, lower-case word, exact form, suffixes 1–4, prefixes 1–3, shape.
    #expect(upper.staticFeatures[0] == lower.staticFeatures[0])
    #expect(upper.staticFeatures[1] == lower.staticFeatures[1])
    #expect(upper.staticFeatures[2] != lower.staticFeatures[2])
    #expect(upper.staticFeatures[3..<10] == lower.staticFeatures[3..<10])
    #expect(upper.staticFeatures[10] != lower.staticFeatures[10])
  }

  @Test func suffixesCountScalarsNotBytes() {
    let extractor = FeatureExtractor(hashBits: 20, lexicon: WordLexicon())
    var a = FeatureBuffer()
    var b = FeatureBuffer()
    extractor.extract(TokenSequence(words: ["café"]), into: &a)
    extractor.extract(TokenSequence(words: ["olé"]), into: &b)
    #expect(a.staticFeatures[3] == b.staticFeatures[3])  // "é"
    #expect(a.staticFeatures[4] != b.staticFeatures[4])  // "fé" vs "lé"
  }
}

@Suite struct PerceptronEntityTaggerTests {
  @Test func proposesEntitySpansOverTokenizerTokens() {
    let labels = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
    let words = [["Kim", "Jong", "visited", "Moscow", "."], ["Putin", "visited", "North", "Korea", "."]]
    let gold = [[1, 2, 0, 3, 0], [1, 0, 3, 4, 0]]
    let data = zip(words, gold).map { LabeledSequence(tokens: TokenSequence(words: $0), labels: $1) }
    let model = SequenceModel.train(
      kind: "entities", labels: labels, data: Array(repeating: data, count: 3).flatMap { $0 },
      options: TrainingOptions(epochs: 5, hashBits: 12, lexiconMinimumCount: 1), sources: [])
    let text = SourceText("Putin visited North Korea.")
    let spans = PerceptronEntityTagger(model: model).suggestions(
      in: TaggingContext(documentID: "d", text: text))
    #expect(spans.contains(SpanSuggestion(layer: "entity", label: "PERSON", range: 0..<5)))
    #expect(spans.contains(SpanSuggestion(layer: "entity", label: "LOC", range: 14..<25)))
  }
}
