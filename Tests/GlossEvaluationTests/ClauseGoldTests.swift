import Foundation
import GlossEvaluation
import GlossTaggers
import Testing

/// Gold clauses from UD trees, their per-token labels, and assembly.
@Suite struct ClauseGoldTests {
  static let fixture = String(#filePath.split(separator: "/Tests/").first ?? "") + "/Tests/Fixtures/clauses.conllu"
  typealias Clause = ClauseBoundaries.Clause

  @Test func clausesFromTheTrees() throws {
    let treebank = try ClauseEvaluation.treebank(conlluAt: Self.fixture)
    #expect(
      treebank.clauses[0] == [
        Clause(label: "MAIN", start: 0, end: 12), Clause(label: "SUB", start: 0, end: 3),
        Clause(label: "REL", start: 6, end: 8), Clause(label: "MAIN", start: 9, end: 12),
      ])
    #expect(treebank.clauses[1] == [Clause(label: "MAIN", start: 0, end: 5), Clause(label: "SUB", start: 2, end: 5)])
  }

  @Test func labelsRoundTripThroughAssembly() throws {
    let treebank = try ClauseEvaluation.treebank(conlluAt: Self.fixture)
    let labels = ClauseBoundaries.labels(treebank.clauses[0], count: 13)
    #expect(labels[0] == "MAIN+SUB|0")
    #expect(labels[2] == "-|1")
    #expect(labels[11] == "-|2")
    for (tokens, clauses) in zip(treebank.sentences, treebank.clauses) {
      #expect(ClauseBoundaries.assemble(ClauseBoundaries.labels(clauses, count: tokens.count)) == clauses)
    }
  }

  @Test func assemblyKeepsClausesNestedWhateverTheLabels() {
    // An end with nothing open is ignored; an unclosed clause closes at the end.
    #expect(
      ClauseBoundaries.assemble(["-|1", "MAIN|0", "SUB|0", "-|1", "-|0"]) == [
        Clause(label: "MAIN", start: 1, end: 5), Clause(label: "SUB", start: 2, end: 4),
      ])
  }
}
