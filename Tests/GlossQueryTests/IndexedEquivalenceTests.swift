import GlossCore
import Testing

@testable import GlossQuery

/// Property: on random corpora and random queries, the indexed evaluation
/// finds exactly what a naive scan finds, and every query prints as text
/// that parses back to the same tree.
@Suite struct IndexedEquivalenceTests {
  @Test(arguments: 0..<300)
  func indexedEvaluationEqualsNaiveScan(seed: Int) throws {
    var generator = RandomQueries(seed: UInt64(seed))
    let (documents, spans) = generator.corpus()
    var fixture = QueryFixture(documents, spans: spans)
    let naiveSets: [String: [NaiveEvaluator.Match]]
    // A named result set, defined from a random query, used by later ones.
    let saved = generator.expression(depth: 2)
    let savedMatches = try fixture.engine.run(saved)
    fixture.engine.define("saved", as: savedMatches)
    naiveSets = [
      "saved": savedMatches.map {
        NaiveEvaluator.Match(
          document: Int($0.document), start: Int($0.start), end: Int($0.end), span: Int($0.spanNumber))
      }
    ]
    var naive = NaiveEvaluator(corpus: fixture.corpus, annotations: fixture.annotations, resultSets: naiveSets)
    for _ in 0..<5 {
      let query = generator.expression(sets: ["saved"])
      let text = QueryDescription.expression(query)
      #expect(try fixture.engine.parse(text) == query, "seed \(seed): \(text) does not parse back")
      for matching in SequenceMatching.allCases {
        let indexed = try fixture.engine.run(query, matching: matching).map {
          NaiveEvaluator.Match(
            document: Int($0.document), start: Int($0.start), end: Int($0.end), span: Int($0.spanNumber))
        }
        naive.matching = matching
        let expected = naive.run(query)
        #expect(indexed == expected, "seed \(seed), \(matching): \(text)\n\(documents.map(\.text))")
      }
    }
  }
}
