import GlossCore
import GlossTaggers
import Testing

/// The clause tagger measured on the hand-made gold of the seed articles.
@Suite struct ClauseGoldTests {
  @Test func exactSpanF1OnTheSeedGoldIsAtLeast060() throws {
    let gold = try SeedGold(layer: "clause")
    let tagged = gold.tagged(by: ClauseTagger(), layer: "clause")
    print("clause tagger on the seed gold (exact span and label):\n" + gold.report(tagged))
    #expect(gold.score(tagged)[""]!.f1 >= 0.60)
  }
}
