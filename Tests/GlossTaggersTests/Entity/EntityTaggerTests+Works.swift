import Testing

/// Quoted titles of works, and languages.
extension EntityTaggerTests {
  @Test(arguments: [
    ("She starred in the film “Harbour Lights” last year.", ["Harbour Lights/WORK_OF_ART"]),
    ("Their album \"Songs of the Marsh\" sold well.", ["Songs of the Marsh/WORK_OF_ART"]),
    ("The agency published a report titled “Fault Lines 2030”.", ["Fault Lines 2030/WORK_OF_ART"]),
  ])
  func quotedTitles(_ text: String, _ expected: [String]) {
    #expect(Self.entities(text) == expected)
  }

  @Test func aQuotedSentenceAfterAWorkNounIsNoTitle() {
    #expect(Self.entities("He told the podcast “We will not give up” on Friday.").isEmpty)
  }

  @Test(arguments: [
    ("The menu is in French and English.", ["French/LANGUAGE", "English/LANGUAGE"]),
    ("She speaks fluent Russian, he said.", ["Russian/LANGUAGE"]),
    ("An English-language paper reported it.", ["English/NORP"]),
    ("He wrote about trends in French politics.", ["French/NORP"]),
  ])
  func languages(_ text: String, _ expected: [String]) {
    #expect(Self.entities(text) == expected)
  }
}
