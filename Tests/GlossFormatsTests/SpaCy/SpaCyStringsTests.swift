import Testing

@testable import GlossFormats

/// spaCy's string IDs: MurmurHash64A of UTF-8 with seed 1, except the
/// reserved symbols. The expected values come from spaCy 3.8
/// (`spacy.strings.hash_string`, `nlp.vocab.strings[...]`).
@Suite struct SpaCyStringsTests {
  @Test(arguments: [
    ("Russia", 8_429_461_636_037_806_616 as UInt64), ("a", 11_901_859_001_352_538_922),
    ("Korea Strategic", 5_259_039_457_480_442_910), ("日本", 2_324_319_125_191_504_834),
    ("12345678", 9_871_996_032_675_327_904), ("Putin", 3_319_857_949_122_050_683),
    ("", 14_313_749_767_032_693_980),
  ])
  func murmurHashMatchesSpaCy(string: String, hash: UInt64) {
    #expect(MurmurHash64A.hash(Array(string.utf8), seed: 1) == hash)
  }

  @Test func reservedSymbolsKeepTheirIDs() {
    #expect(SpaCyStrings.id("PERSON") == 380)
    #expect(SpaCyStrings.id("") == 0)
    #expect(SpaCyStrings.id("ORTH") == UInt64(DocBinLayout.orth))
    #expect(SpaCyStrings.id("ENT_IOB") == UInt64(DocBinLayout.entityIOB))
    #expect(SpaCyStrings.id("ENT_TYPE") == UInt64(DocBinLayout.entityType))
    #expect(SpaCyStrings.id("Russia") == 8_429_461_636_037_806_616)
    #expect(SpaCySymbols.names.count == 457)
  }
}
