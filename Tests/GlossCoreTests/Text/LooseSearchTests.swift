import GlossCore
import Testing

@Suite struct LooseSearchTests {
  @Test func spellingsDifferingInCaseOrAccentsAreFound() {
    let text = SourceText("Orbán, ORBAN and Orba\u{301}n; Lula da Silva. São Paulo.\n")
    // Composed and decomposed Orbán are one spelling to Swift's strings.
    #expect(text.looseSpellings(of: "orban") == ["Orbán", "ORBAN"])
    #expect(text.looseSpellings(of: "Orban") == ["Orbán", "ORBAN"])
    #expect(SourceText("Orba\u{301}n.").looseSpellings(of: "orban").map { Array($0.unicodeScalars).count } == [6])
    #expect(text.looseSpellings(of: "SAO PAULO") == ["São Paulo"])
    #expect(text.looseSpellings(of: "Lula da Silva").isEmpty)  // exact: not a hint
    #expect(text.looseSpellings(of: "Budapest").isEmpty)
  }
}
