import GlossCore
import Testing

@testable import GlossTaggers

/// The English lexicon: WordNet index files and a word list, read from the
/// tiny excerpts in `Tests/Fixtures/english-lexicon`.
@Suite struct EnglishLexiconTests {
  static let fixtures = SeedGold.root + "/Tests/Fixtures/english-lexicon"

  static func lexicon() throws -> EnglishLexicon {
    try EnglishLexicon(wordNetDirectory: fixtures + "/wordnet", wordList: fixtures + "/words.txt")
  }

  /// The signature of `word` (as the feature extractor computes it).
  static func signature(_ lexicon: EnglishLexicon, _ word: String) -> UInt64 {
    let bytes = Array(word.utf8)
    return bytes.withUnsafeBufferPointer { lexicon.signature($0, 0..<$0.count) }
  }

  @Test func readsLemmasAndTheWordList() throws {
    let lexicon = try Self.lexicon()
    #expect(lexicon.properties(of: "walk") == [.noun, .verb])
    #expect(lexicon.properties(of: "Dog") == [.noun, .verb])  // case-folded
    #expect(lexicon.properties(of: "big") == [.adjective])
    #expect(lexicon.properties(of: "tall") == [.adjective])
    #expect(lexicon.properties(of: "fast") == [.adverb])
    #expect(lexicon.properties(of: "boston") == [.listedLowerCase, .listedCapitalized])
    #expect(lexicon.properties(of: "nasa") == [.listedCapitalized])
    #expect(lexicon.properties(of: "the") == [.listedLowerCase])
    // License lines, multi-word lemmas and possessives are not words.
    #expect(lexicon.properties(of: "wordnet").isEmpty)
    #expect(lexicon.properties(of: "new_york").isEmpty)
    #expect(lexicon.properties(of: "perl's").isEmpty)
    #expect(lexicon.properties(of: "perl") == [.listedCapitalized])
    #expect(lexicon.count == 16)
  }

  @Test func signaturesFollowInflectionalEndingsToLemmas() throws {
    let lexicon = try Self.lexicon()
    let walked = Self.signature(lexicon, "walked")
    // Its own entry (in the list in lower case), and "walk" + "ed", a verb.
    #expect(walked & 0x3F == UInt64(EnglishLexicon.Property.listedLowerCase.rawValue))
    #expect(walked >> 6 != 0)
    // "baking" reaches "bake" through "ing" → "e"; "bakes" through "s".
    #expect(Self.signature(lexicon, "baking") >> 6 != 0)
    #expect(Self.signature(lexicon, "Boxes") >> 6 != 0)  // "box" + "es", a noun
    #expect(Self.signature(lexicon, "taller") >> 6 != 0)  // "tall" + "er", an adjective
    // "walks" is a plural noun and a verb form: two different bits.
    #expect((Self.signature(lexicon, "walks") >> 6).nonzeroBitCount == 2)
    // Unknown either way, or a stem too short to count.
    #expect(Self.signature(lexicon, "zxqv") == 0)
    #expect(Self.signature(lexicon, "as") == 0)
    #expect(Self.signature(EnglishLexicon(), "walked") == 0)
  }

  @Test func missingFilesAreModelFileErrors() {
    #expect(throws: ModelFileError.self) { try EnglishLexicon(wordNetDirectory: "/nonexistent") }
    #expect(throws: ModelFileError.self) {
      try EnglishLexicon(wordNetDirectory: Self.fixtures + "/wordnet", wordList: "/nonexistent")
    }
  }
}
