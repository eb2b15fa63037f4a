import Testing

@testable import GlossTaggers

/// Projectivity checks and lifting of non-projective arcs.
@Suite struct ProjectivityTests {
  @Test func projectiveTreesAreKept() {
    let tree = ArcHybridOracleTests.relative
    #expect(Projectivity.isProjective(tree))
    #expect(Projectivity.projectivized(tree) == tree)
  }

  /// "A hearing is scheduled on the issue today": `on the issue` hangs
  /// from `hearing` across `is scheduled`.
  @Test func crossingArcsAreLiftedToTheHeadsHead() {
    let tree: [Int32] = [2, 4, 4, 0, 7, 7, 2, 4]
    #expect(!Projectivity.isProjective(tree))
    let lifted = Projectivity.projectivized(tree)
    #expect(Projectivity.isProjective(lifted))
    #expect(lifted == [2, 4, 4, 0, 7, 7, 4, 4])
    // The lifted tree is one the oracle can build.
    #expect(ArcHybridOracleTests.followOracle(lifted).heads == lifted)
  }
}
