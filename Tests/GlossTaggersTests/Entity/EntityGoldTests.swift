import GlossCore
import GlossTaggers
import Testing

/// The entity tagger measured on the hand-made gold of the seed articles.
@Suite struct EntityGoldTests {
  @Test func exactSpanF1OnTheSeedGoldIsAtLeast080() throws {
    let gold = try SeedGold(layer: "entity")
    let tagged = gold.tagged(by: EntityTagger(), layer: "entity")
    print("entity tagger on the seed gold (exact span and label):\n" + gold.report(tagged))
    #expect(gold.score(tagged)[""]!.f1 >= 0.80)
  }
}
