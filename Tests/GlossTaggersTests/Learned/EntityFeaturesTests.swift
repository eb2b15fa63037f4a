import GlossTaggers
import Testing

/// Gazetteer and part-of-speech features of entity models.
@Suite struct EntityFeaturesTests {
  @Test func gazetteerHitsMarkTheLongestName() {
    var gazetteer = Gazetteer()
    gazetteer.add("North Korea", label: "GPE")
    gazetteer.add("Korea", label: "GPE")
    gazetteer.add("United Nations", label: "ORG")
    let features = EntityFeatures(gazetteer: gazetteer, partOfSpeech: nil)
    #expect(features.kind == "entities+gazetteer")
    let found = features.features(of: TokenSequence(words: ["North", "Korea", "and", "the", "United", "Nations", "Korea"]))
    #expect(found == [["gz:B-GPE"], ["gz:I-GPE"], [], [], ["gz:B-ORG"], ["gz:I-ORG"], ["gz:B-GPE"]])
  }

  @Test func kindNamesTheFeatures() {
    #expect(EntityFeatures(gazetteer: nil, partOfSpeech: nil).kind == "entities")
    #expect(EntityFeatures.uses(kind: "entities+gazetteer+pos") == (true, true))
    #expect(EntityFeatures.uses(kind: "entities") == (false, false))
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
}
