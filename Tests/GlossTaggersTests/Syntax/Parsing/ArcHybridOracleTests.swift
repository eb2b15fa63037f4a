import Testing

@testable import GlossTaggers

/// The arc-hybrid system and its dynamic oracle on small hand-written trees.
@Suite struct ArcHybridOracleTests {
  /// "She gave him the book quickly": gave is the root.
  static let gave: [Int32] = [2, 0, 2, 5, 2, 2]
  /// "The old man that I saw left .": a relative clause inside a subject.
  static let relative: [Int32] = [3, 3, 7, 6, 6, 3, 0, 7]

  /// Follows the zero-cost transition the oracle prefers (shift, then left,
  /// then right when several are free) and returns the tree built.
  static func followOracle(_ gold: [Int32]) -> (heads: [Int32], costs: [Int]) {
    var state = ArcHybridState()
    state.reset(wordCount: gold.count)
    let byPosition: [Int32] = [-1] + gold
    var costs: [Int] = []
    while !state.isTerminal {
      let allowed = Transition.allCases.filter { state.allows($0) }
      let priced = allowed.map { ($0, ArcHybridOracle.cost(of: $0, in: state, gold: byPosition)) }
      let free = priced.filter { $0.1 == 0 }.map(\.0)
      costs.append(priced.map(\.1).min() ?? -1)
      state.apply(free.first(where: { $0 != .shift }) ?? free.first ?? allowed[0], relation: 0)
    }
    return (Array(state.heads[1...gold.count]), costs)
  }

  @Test func followingZeroCostTransitionsBuildsTheGoldTree() {
    for gold in [Self.gave, Self.relative, [0], [2, 0], [0, 1, 2, 3]] {
      let (heads, costs) = Self.followOracle(gold)
      #expect(heads == gold)
      #expect(costs.allSatisfy { $0 == 0 }, "a free transition at every step")
    }
  }

  @Test func wrongTransitionsCostTheArcsTheyLose() {
    var state = ArcHybridState()
    state.reset(wordCount: Self.gave.count)
    let gold: [Int32] = [-1] + Self.gave
    state.apply(.shift, relation: 0)  // stack: root She; buffer: gave …
    #expect(ArcHybridOracle.cost(of: .left, in: state, gold: gold) == 0)
    // Shifting `gave` over `She` loses She ← gave and root ← gave.
    #expect(ArcHybridOracle.cost(of: .shift, in: state, gold: gold) == 2)
    state.apply(.left, relation: 0)
    state.apply(.shift, relation: 0)  // stack: root gave; buffer: him …
    state.apply(.shift, relation: 0)  // stack: root gave him; buffer: the …
    // Attaching `him` to `the` loses him ← gave.
    #expect(ArcHybridOracle.cost(of: .left, in: state, gold: gold) == 1)
    #expect(ArcHybridOracle.cost(of: .right, in: state, gold: gold) == 0)
  }

  @Test func theRootTakesOneWordOnlyOnceTheBufferIsEmpty() {
    var state = ArcHybridState()
    state.reset(wordCount: 2)
    state.apply(.shift, relation: 0)
    #expect(!state.allows(.right), "root ← word 1 while word 2 waits")
    #expect(state.allows(.left))
    state.apply(.shift, relation: 0)
    state.apply(.right, relation: 3)
    #expect(state.allows(.right))
    state.apply(.right, relation: 1)
    #expect(state.isTerminal)
    #expect(state.heads[1...2] == [0, 1])
    #expect(state.relations[1...2] == [1, 3])
    #expect(state.rightmost[1] == 2 && state.rightCount[1] == 1 && state.rightRelations[1] == 1 << 3)
  }
}
