import GlossCore
import Testing

@testable import GlossTaggers

/// Word clusters learned by predictive exchange from tiny texts.
@Suite struct WordClustersTests {
  /// Animals follow determiners and precede verbs; determiners start the
  /// sentences; verbs end them.
  static var sentences: [TokenSequence] {
    var sentences: [TokenSequence] = []
    for determiner in ["the", "a", "this", "every"] {
      for animal in ["cat", "dog", "horse", "mouse", "bird"] {
        for verb in ["sleeps", "runs", "eats", "sings"] {
          sentences.append(TokenSequence(words: [determiner, animal, verb, "."]))
        }
      }
    }
    return sentences
  }

  static func learn() -> WordClusters {
    WordClusters.learn(from: sentences, minimumCount: 1, fineCount: 4, middleCount: 2, coarseCount: 1)
  }

  @Test func wordsInTheSameContextsShareAClass() {
    let clusters = Self.learn()
    #expect(clusters.count == 4 + 5 + 4 + 1)
    for view in WordClusters.View.allCases {
      func fine(_ word: String) -> Int? { clusters.classes(of: word, view: view)?.fine }
      #expect(Set(["cat", "dog", "horse", "mouse", "bird"].map(fine)).count == 1)
      #expect(Set(["the", "a", "this", "every"].map(fine)).count == 1)
      #expect(Set(["sleeps", "runs", "eats", "sings"].map(fine)).count == 1)
      #expect(fine("cat") != fine("the"))
      #expect(fine("cat") != fine("runs"))
      #expect(fine("the") != fine("runs"))
    }
    // Case folded; unknown words have no class.
    #expect(clusters.classes(of: "Cat", view: .right)?.fine == clusters.classes(of: "cat", view: .right)?.fine)
    #expect(clusters.classes(of: "giraffe", view: .right) == nil)
  }

  @Test func levelsNestAndLearningIsDeterministic() {
    let clusters = Self.learn()
    #expect(clusters.fineCount == 4)
    #expect(clusters.middleCount == 2)
    #expect(clusters.coarseCount == 1)
    for word in ["cat", "the", "runs", "."] {
      let classes = clusters.classes(of: word, view: .left)!
      #expect(clusters.middle[1][classes.fine] == UInt8(classes.middle))
      #expect(classes.coarse == 0)
    }
    #expect(Self.learn() == clusters)
  }

  @Test func rareWordsGetNoClass() {
    var sentences = Self.sentences
    sentences.append(TokenSequence(words: ["the", "giraffe", "sleeps", "."]))
    let clusters = WordClusters.learn(from: sentences, minimumCount: 2, fineCount: 4, middleCount: 2, coarseCount: 1)
    #expect(clusters.classes(of: "giraffe", view: .right) == nil)
    #expect(clusters.classes(of: "cat", view: .right) != nil)
  }

  @Test func readsWordNetGlossesAndExamples() {
    let data = Array(
      """
        1 This software and database is being provided to you, the LICENSEE
      00015388 03 n 01 animal 0 000 | a living organism; "animals move about"
      00017222 03 n 01 plant 0 000 | an organism that grows in the ground

      """.utf8)
    let sentences = WordClusters.sentences(wordNetData: data)
    #expect(
      sentences.map { (0..<$0.count).map($0.word(at:)) } == [
        ["a", "living", "organism"], ["animals", "move", "about"],
        ["an", "organism", "that", "grows", "in", "the", "ground"],
      ])
  }

  @Test func tokenizesPlainText() {
    let sentences = WordClusters.sentences(plainText: Array("The dog didn't bark. It slept.".utf8))
    #expect(
      sentences.map { (0..<$0.count).map($0.word(at:)) } == [
        ["The", "dog", "did", "n't", "bark", "."], ["It", "slept", "."],
      ])
  }

  @Test func clusterFeaturesAddTemplatesOnlyWithClusters() {
    let words = TokenSequence(words: ["the", "cat"])
    var plain = FeatureBuffer()
    var clustered = FeatureBuffer()
    FeatureExtractor(hashBits: 16, lexicon: WordLexicon()).extract(words, into: &plain)
    FeatureExtractor(hashBits: 16, lexicon: WordLexicon(), clusters: Self.learn()).extract(words, into: &clustered)
    let width = FeatureExtractor.staticCount + FeatureExtractor.clusterCount
    #expect(clustered.offsets == [0, width, 2 * width])
    #expect(
      clustered.staticFeatures[0..<FeatureExtractor.staticCount]
        == plain.staticFeatures[0..<FeatureExtractor.staticCount])
  }
}
