import GlossCore
import Testing

/// The names Universal Dependencies allows and the check that a sentence's
/// heads are one tree.
@Suite struct UniversalDependenciesTests {
  @Test func theTagsAndRelationsOfVersionTwo() {
    #expect(UniversalDependencies.tags.count == 17)
    #expect(UniversalDependencies.relations.count == 37)
    #expect(UniversalDependencies.tags.contains("PROPN") && !UniversalDependencies.tags.contains("NNP"))
  }

  @Test(arguments: [
    ("nsubj", true), ("root", true), ("nsubj:pass", true), ("obl:tmod", true), ("acl:relcl", true),
    ("", false), ("subj", false), ("NSUBJ", false), ("nsubj:", false), (":pass", false), ("nsubj:Pass", false),
    ("nsubj:pass:x", false), ("obl:t mod", false), ("dobj", false),
  ])
  func relations(_ relation: String, _ isRelation: Bool) {
    #expect(UniversalDependencies.isRelation(relation) == isRelation)
  }

  /// "Kim signed it ." as a tree: Kim → signed, it → signed, . → signed.
  static let relations = ["nsubj", "root", "obj", "punct"]

  @Test func aTreeHasNoProblem() {
    #expect(UniversalDependencies.treeProblem(heads: [1, nil, 1, 1], relations: Self.relations) == nil)
    #expect(UniversalDependencies.treeProblem(heads: [nil], relations: ["root"]) == nil)
    // A chain: 0 ← 1 ← 2 ← 3.
    #expect(
      UniversalDependencies.treeProblem(heads: [nil, 0, 1, 2], relations: ["root", "dep", "nmod:poss", "dep"]) == nil)
  }

  @Test func twoRootsOrNone() {
    #expect(
      UniversalDependencies.treeProblem(heads: [nil, nil, 1, 1], relations: ["root", "root", "obj", "punct"])
        == "the sentence has 2 roots, not one")
    #expect(
      UniversalDependencies.treeProblem(heads: [1, 0], relations: ["dep", "dep"]) == "the sentence has 0 roots, not one"
    )
  }

  @Test func aCycle() {
    // 0 → 2 → 0, beside the root 1.
    let problem = UniversalDependencies.treeProblem(heads: [2, nil, 0, 1], relations: ["dep", "root", "dep", "punct"])
    #expect(problem == "word 1 is in a cycle of heads")
  }

  @Test func aHeadOutsideTheSentenceOrItself() {
    #expect(
      UniversalDependencies.treeProblem(heads: [1, nil, 4, 1], relations: Self.relations)
        == "word 3's head is outside its sentence")
    #expect(
      UniversalDependencies.treeProblem(heads: [-1, nil, 1, 1], relations: Self.relations)
        == "word 1's head is outside its sentence")
    #expect(
      UniversalDependencies.treeProblem(heads: [1, nil, 2, 1], relations: Self.relations)
        == "word 3's head is outside its sentence")
  }

  @Test func unknownOrMissingRelations() {
    #expect(
      UniversalDependencies.treeProblem(heads: [1, nil, 1, 1], relations: ["subj", "root", "obj", "punct"])
        == "'subj' is not a UD relation")
    #expect(
      UniversalDependencies.treeProblem(heads: [1, nil, 1, 1], relations: ["nsubj", "root", "", "punct"])
        == "word 3 has no parse")
  }

  @Test func theRootRelationBelongsToTheRootOnly() {
    #expect(
      UniversalDependencies.treeProblem(heads: [1, nil, 1, 1], relations: ["root", "root", "obj", "punct"])
        == "word 1 is a root with a head")
    #expect(
      UniversalDependencies.treeProblem(heads: [1, nil, 1, 1], relations: ["nsubj", "ccomp", "obj", "punct"])
        == "word 2 has no head but is 'ccomp', not root")
  }
}
