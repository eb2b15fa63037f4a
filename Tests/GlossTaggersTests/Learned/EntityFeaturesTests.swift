import GlossCore
import Testing

@testable import GlossTaggers

/// Gazetteer, part-of-speech and base-model features of entity models.
@Suite struct EntityFeaturesTests {
  @Test func gazetteerHitsMarkTheLongestName() {
    var gazetteer = Gazetteer()
    gazetteer.add("North Korea", label: "GPE")
    gazetteer.add("Korea", label: "GPE")
    gazetteer.add("United Nations", label: "ORG")
    let features = EntityFeatures(gazetteer: gazetteer, partOfSpeech: nil)
    #expect(features.kind == "entities+gazetteer")
    let found = features.features(
      of: TokenSequence(words: ["North", "Korea", "and", "the", "United", "Nations", "Korea"]))
    #expect(found == [["gz:B-GPE"], ["gz:I-GPE"], [], [], ["gz:B-ORG"], ["gz:I-ORG"], ["gz:B-GPE"]])
  }

  @Test func kindNamesTheFeatures() {
    #expect(EntityFeatures(gazetteer: nil, partOfSpeech: nil).kind == "entities")
    #expect(EntityFeatures.uses(kind: "entities+gazetteer+pos") == (true, true, false))
    #expect(EntityFeatures.uses(kind: "entities") == (false, false, false))
    #expect(EntityFeatures.uses(kind: "clauses+pos") == (false, true, false))
    // A POS model's own kind is not a POS feature.
    #expect(EntityFeatures.uses(kind: "pos") == (false, false, false))
  }

  @Test func partOfSpeechTagsOfTheWordAndItsNeighbours() {
    let data = [
      LabeledSequence(tokens: TokenSequence(words: ["Ann", "runs"]), labels: [0, 1]),
      LabeledSequence(tokens: TokenSequence(words: ["Bob", "sings"]), labels: [0, 1]),
    ]
    let pos = SequenceModel.train(
      kind: "pos", labels: ["PROPN", "VERB"], data: data + data,
      options: TrainingOptions(epochs: 5, seed: 1, hashBits: 10, lexiconMinimumCount: 1), sources: [])
    let features = EntityFeatures(gazetteer: nil, partOfSpeech: pos)
    #expect(features.kind == "entities+pos")
    #expect(
      features.features(of: TokenSequence(words: ["Ann", "sings"]))
        == [["pos:PROPN", "pos-1:^", "pos+1:VERB"], ["pos:VERB", "pos-1:PROPN", "pos+1:$"]])
  }

  @Test func baseModelTagsOfTheWordAndItsNeighbours() {
    var gazetteer = Gazetteer()
    gazetteer.add("Oslo", label: "GPE")
    let baseFeatures = EntityFeatures(gazetteer: gazetteer, partOfSpeech: nil)
    let sentences = [["Ann", "saw", "Oslo"], ["Bob", "left", "Oslo"], ["Ann", "left"]]
    let labels = [[1, 0, 2], [1, 0, 2], [1, 0]]
    let data = zip(sentences, labels).map { words, labels in
      let tokens = TokenSequence(words: words)
      var sequence = LabeledSequence(tokens: tokens, labels: labels)
      sequence.extraFeatures = baseFeatures.features(of: tokens)
      return sequence
    }
    let base = SequenceModel.train(
      kind: baseFeatures.kind, labels: ["O", "B-PER", "B-LOC"], data: data + data,
      options: TrainingOptions(epochs: 5, seed: 1, hashBits: 10, lexiconMinimumCount: 1), sources: [])
    let features = EntityFeatures(gazetteer: nil, partOfSpeech: nil, base: (base, baseFeatures))
    #expect(features.kind == "entities+base")
    #expect(EntityFeatures.uses(kind: features.kind) == (false, false, true))
    // The base sees its own gazetteer feature on "Oslo"; the new model only its tags.
    #expect(
      features.features(of: TokenSequence(words: ["Bob", "saw", "Oslo"]))
        == [
          ["base:B-PER", "base-1:^", "base+1:O"], ["base:O", "base-1:B-PER", "base+1:B-LOC"],
          ["base:B-LOC", "base-1:O", "base+1:$"],
        ])
  }

  @Test func aModelAndItsBaseShareThePartOfSpeechPassOfOneFile() throws {
    let data = [
      LabeledSequence(tokens: TokenSequence(words: ["Ann", "runs"]), labels: [0, 1]),
      LabeledSequence(tokens: TokenSequence(words: ["Bob", "sings"]), labels: [0, 1]),
    ]
    let trained = SequenceModel.train(
      kind: "pos", labels: ["PROPN", "VERB"], data: data + data,
      options: TrainingOptions(epochs: 5, seed: 1, hashBits: 10, lexiconMinimumCount: 1), sources: [])
    #expect(trained.fileSHA256 == nil)
    let bytes = trained.fileBytes()
    // Two loads of one file: the same digest, that of the bytes.
    let pos = try SequenceModel(fileBytes: bytes)
    let again = try SequenceModel(fileBytes: bytes)
    #expect(pos.fileSHA256 == SHA256.hexDigest(of: bytes))
    #expect(again.fileSHA256 == pos.fileSHA256)
    let tokens = TokenSequence(words: ["Ann", "sings"])
    let features = EntityFeatures(gazetteer: nil, partOfSpeech: again)
    // Tags from the same file are reused as they are (here deliberately
    // wrong, to show they are not recomputed); another file's are not.
    #expect(
      features.features(of: tokens, sharing: (pos.fileSHA256!, ["X", "Y"]))
        == [["pos:X", "pos-1:^", "pos+1:Y"], ["pos:Y", "pos-1:X", "pos+1:$"]])
    #expect(features.features(of: tokens, sharing: ("another", ["X", "Y"])) == features.features(of: tokens))
    #expect(features.features(of: tokens)[0] == ["pos:PROPN", "pos-1:^", "pos+1:VERB"])
  }
}
