import GlossCore
import GlossTaggers
import Testing

/// The clause tagger on sentences written for these tests.
@Suite struct ClauseTaggerTests {
  /// The clauses of `text` as "LABEL: text", outer clauses first.
  static func clauses(_ text: String) -> [String] {
    let source = SourceText(text)
    return ClauseTagger().suggestions(in: TaggingContext(documentID: "t", text: source)).map {
      "\($0.label): \(source.text(in: $0.range))"
    }
  }

  @Test func aSimpleSentenceIsOneMainClauseWithoutItsFinalPunctuation() {
    #expect(Self.clauses("The committee approved the budget.") == ["MAIN: The committee approved the budget"])
    #expect(Self.clauses("She has never visited Lisbon!") == ["MAIN: She has never visited Lisbon"])
  }

  @Test func frontedAndTrailingAdverbialClausesNestInTheMainClause() {
    #expect(
      Self.clauses("If the rain stops, we will leave at noon.") == [
        "MAIN: If the rain stops, we will leave at noon", "SUB: If the rain stops",
      ])
    #expect(
      Self.clauses("The road was closed because the bridge had collapsed.") == [
        "MAIN: The road was closed because the bridge had collapsed", "SUB: because the bridge had collapsed",
      ])
  }

  @Test func complementClausesKeepTheirSubordinator() {
    #expect(
      Self.clauses("The mayor said that the plan would cost less.") == [
        "MAIN: The mayor said that the plan would cost less", "SUB: that the plan would cost less",
      ])
    #expect(
      Self.clauses("I think it will rain.") == ["MAIN: I think it will rain", "SUB: it will rain"])
  }

  @Test func relativeClausesKeepTheirPronoun() {
    #expect(
      Self.clauses("The report, which was published on Monday, describes the risks.") == [
        "MAIN: The report, which was published on Monday, describes the risks",
        "REL: which was published on Monday",
      ])
    #expect(
      Self.clauses("We met a farmer who grows rice.") == [
        "MAIN: We met a farmer who grows rice", "REL: who grows rice",
      ])
    #expect(
      Self.clauses("They chose a route that avoids the city.") == [
        "MAIN: They chose a route that avoids the city", "REL: that avoids the city",
      ])
  }

  @Test func coordinatedMainClausesAreSeparate() {
    #expect(
      Self.clauses("The shop opened at nine, and the customers were waiting.") == [
        "MAIN: The shop opened at nine", "MAIN: the customers were waiting",
      ])
    // Coordinated verbs and nouns stay in one clause.
    #expect(
      Self.clauses("The bill was drafted in May and passed in June.") == [
        "MAIN: The bill was drafted in May and passed in June"
      ])
    #expect(
      Self.clauses("They bought apples, pears, and plums.") == ["MAIN: They bought apples, pears, and plums"])
  }

  @Test func participlesAndInfinitivesAreNotClauses() {
    #expect(
      Self.clauses("The letter signed by the minister arrived, raising hopes.") == [
        "MAIN: The letter signed by the minister arrived, raising hopes"
      ])
    #expect(Self.clauses("Leaders to meet in Geneva") == [])
  }

  @Test func aSemicolonSeparatesMainClauses() {
    #expect(
      Self.clauses("The talks failed; the envoys went home.") == [
        "MAIN: The talks failed", "MAIN: the envoys went home",
      ])
  }
}
