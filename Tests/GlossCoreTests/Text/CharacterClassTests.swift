import Testing

@testable import GlossCore

@Suite struct CharacterClassTests {
  /// The comparisons that classify ASCII, Latin-1 and general punctuation
  /// agree with the Unicode properties for every scalar up to U+FFFF.
  @Test func fastPathsAgreeWithUnicodeProperties() {
    var disagreements: [UInt32] = []
    for value in UInt32(0)..<0x1_0000 where !(0xD800...0xDFFF).contains(value) {
      if CharacterClass.of(value) != CharacterClass.propertyClass(value) { disagreements.append(value) }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(10).map { String($0, radix: 16) })")
  }

  /// The word tables find every listed word and nothing else.
  @Test func keyTablesFindTheirWords() {
    let table = KeyTable([(Abbreviations.key("etc"), 1), (Abbreviations.key("dr"), 2), (Abbreviations.key("etc"), 3)])
    #expect(table.value(Abbreviations.key("etc")) == 3)
    #expect(table.value(Abbreviations.key("dr")) == 2)
    #expect(table.value(Abbreviations.key("mr")) == nil)
    #expect(table.value(0) == nil)
    let words = (0..<500).map { Abbreviations.key("w\($0)") }
    let set = KeyTable(words)
    #expect(words.allSatisfy(set.contains))
    #expect(!set.contains(Abbreviations.key("x1")))
  }
}
