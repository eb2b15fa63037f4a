import GlossCore

extension DependencyParser {
  /// A training sentence with its gold tree by position (0: the root, which
  /// has no head), projectivized.
  private struct GoldTree {
    var heads: [Int32]
    var relations: [UInt8]
  }

  /// Counts for a pass's progress report.
  private struct PassCounts {
    var transitions = 0
    var correctTransitions = 0
    var arcs = 0
    var correctRelations = 0
  }

  /// The two perceptrons being trained and the exploration's random source.
  private struct Learner {
    var transitions: PerceptronTrainer
    var relations: PerceptronTrainer
    var generator: SeededGenerator
    let relationCount: Int
    let options: ParserTrainingOptions
  }

  /// Trains a parser on `examples` (their tags and lemmas should be
  /// predicted ones, as the parser will see at work: jackknifed tags).
  ///
  /// Non-projective trees are made projective by lifting
  /// (``Projectivity/projectivized(_:)``). Each pass shuffles the sentences
  /// and, for every configuration, updates the transition weights when the
  /// best-scored transition has a cost (``ArcHybridOracle``) towards the
  /// best-scored zero-cost one, and the relation weights on every arc whose
  /// head is right. From pass ``ParserTrainingOptions/explorationStart`` on,
  /// training follows the model's transition with probability
  /// ``ParserTrainingOptions/explorationProbability`` (Goldberg and Nivre
  /// 2012). Deterministic: the same examples and options give the same
  /// weights. `progress` is called after each pass, with the parser the
  /// pass's averaged weights make when `snapshots` is set (to measure it on
  /// held-out data and choose the number of passes).
  public static func train(
    _ examples: [DependencyExample], options: ParserTrainingOptions = ParserTrainingOptions(),
    sources: [TrainingProvenance.Source] = [], snapshots: Bool = false,
    progress: (ParserTrainingProgress, DependencyParser?) -> Void = { _, _ in }
  ) -> DependencyParser {
    let relations = Array(Set(examples.flatMap(\.relations))).sorted()
    precondition(relations.count < Int(ArcHybridState.noRelation), "fewer than 255 relations")
    let codes = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, UInt8($0)) })
    let golds = examples.map { example in
      GoldTree(
        heads: [-1] + Projectivity.projectivized(example.heads), relations: [0] + example.relations.map { codes[$0]! })
    }
    var transitionSum: [Float] = []
    var relationSum: [Float] = []
    let runs = max(1, options.runs)
    for run in 0..<runs {
      var learner = Learner(
        transitions: PerceptronTrainer(
          labelCount: Transition.allCases.count, bucketCount: 1 << options.transitionHashBits),
        relations: PerceptronTrainer(labelCount: relations.count, bucketCount: 1 << options.relationHashBits),
        generator: SeededGenerator(seed: options.seed &+ UInt64(run) &* runSeedStep), relationCount: relations.count,
        options: options)
      var order = Array(examples.indices)
      var workspace = Workspace()
      for iteration in 1...max(1, options.iterations) {
        learner.generator.shuffle(&order)
        var counts = PassCounts()
        let explores = iteration >= options.explorationStart && options.explorationProbability > 0
        for index in order {
          let example = examples[index]
          workspace.start(example.tokens, tags: example.tags, lemmas: example.lemmas)
          learn(golds[index], explores: explores, learner: &learner, workspace: &workspace, counts: &counts)
        }
        let snapshot =
          snapshots
          ? parser(
            learner.transitions.averaged(), learner.relations.averaged(), relations: relations, sources: sources,
            options: options) : nil
        progress(
          ParserTrainingProgress(
            iteration: run * max(1, options.iterations) + iteration,
            transitionAccuracy: Double(counts.correctTransitions) / Double(max(1, counts.transitions)),
            relationAccuracy: Double(counts.correctRelations) / Double(max(1, counts.arcs))), snapshot)
      }
      add(learner.transitions.averaged(), to: &transitionSum)
      add(learner.relations.averaged(), to: &relationSum)
    }
    let scale = 1 / Float(runs)
    return parser(
      transitionSum.map { $0 * scale }, relationSum.map { $0 * scale }, relations: relations, sources: sources,
      options: options)
  }

  /// Each run's seed is this far from the previous one's.
  private static let runSeedStep: UInt64 = 1000

  /// Adds `weights` to `sum` (an empty sum becomes `weights`).
  private static func add(_ weights: [Float], to sum: inout [Float]) {
    if sum.isEmpty {
      sum = weights
    } else {
      for index in sum.indices { sum[index] += weights[index] }
    }
  }

  /// The parser of averaged weights: small ones dropped, the rest quantized
  /// to one-byte codes.
  private static func parser(
    _ transitions: [Float], _ relationWeights: [Float], relations: [String], sources: [TrainingProvenance.Source],
    options: ParserTrainingOptions
  ) -> DependencyParser {
    DependencyParser(
      relations: relations,
      transitionWeights: finalWeights(transitions, labelCount: Transition.allCases.count, options),
      relationWeights: finalWeights(relationWeights, labelCount: relations.count, options),
      provenance: TrainingProvenance(
        sources: sources, epochs: options.iterations, seed: options.seed, runs: max(1, options.runs)))
  }

  /// Weights below the minimum dropped, the rest quantized.
  private static func finalWeights(_ averaged: [Float], labelCount: Int, _ options: ParserTrainingOptions)
    -> PerceptronWeights
  {
    PerceptronWeights(
      labelCount: labelCount, bucketCount: averaged.count / labelCount, rounding: averaged,
      minimum: options.minimumWeight
    ).quantized(minimum: options.minimumWeight)
  }

  /// One sentence of training: parses it, learning from the oracle at each
  /// step.
  private static func learn(
    _ gold: GoldTree, explores: Bool, learner: inout Learner, workspace: inout Workspace, counts: inout PassCounts
  ) {
    let options = learner.options
    while !workspace.state.isTerminal {
      let (predicted, featureCount) = bestTransition(
        learner.transitions, bits: options.transitionHashBits, workspace: &workspace)
      let correct = bestZeroCost(gold, workspace: workspace)
      counts.transitions += 1
      let predictedCost = ArcHybridOracle.cost(of: predicted, in: workspace.state, gold: gold.heads)
      if predictedCost > 0 {
        workspace.features.withUnsafeBufferPointer { features in
          learner.transitions.update(
            UnsafeBufferPointer(rebasing: features[0..<featureCount]), gold: correct.rawValue,
            predicted: predicted.rawValue)
        }
      } else {
        counts.correctTransitions += 1
      }
      learner.transitions.advance()
      let follows =
        explores && predictedCost > 0 && learner.options.explorationProbability > 0
        && Double.random(in: 0..<1, using: &learner.generator) < options.explorationProbability
      let transition = follows ? predicted : correct
      var relation: UInt8 = 0
      if transition.addsArc {
        relation = learnRelation(
          transition, gold, follows: follows, learner: &learner, workspace: &workspace, counts: &counts)
      }
      workspace.state.apply(transition, relation: relation)
    }
  }

  /// The relation of the arc `transition` makes: the predicted one, after
  /// an update when the head is right and the relation wrong; the gold one
  /// when the head is right and training is not exploring.
  private static func learnRelation(
    _ transition: Transition, _ gold: GoldTree, follows: Bool, learner: inout Learner, workspace: inout Workspace,
    counts: inout PassCounts
  ) -> UInt8 {
    let (head, dependent) = workspace.state.arc(transition)
    let (predicted, featureCount) = bestRelation(
      learner.relations, count: learner.relationCount, bits: learner.options.relationHashBits, head: Int(head),
      dependent: Int(dependent), workspace: &workspace)
    guard gold.heads[Int(dependent)] == head else { return predicted }
    let truth = gold.relations[Int(dependent)]
    counts.arcs += 1
    if predicted == truth {
      counts.correctRelations += 1
    } else {
      workspace.features.withUnsafeBufferPointer { features in
        learner.relations.update(
          UnsafeBufferPointer(rebasing: features[0..<featureCount]), gold: Int(truth),
          predicted: Int(predicted))
      }
    }
    learner.relations.advance()
    return follows ? predicted : truth
  }

  /// The allowed transition of zero cost scored highest (the cheapest one
  /// if none is free, which a non-projective remnant could cause), by the
  /// scores left in the workspace.
  private static func bestZeroCost(_ gold: GoldTree, workspace: Workspace) -> Transition {
    var best = Transition.shift
    var bestCost = Int.max
    var bestScore = -Float.infinity
    for transition in Transition.allCases where workspace.state.allows(transition) {
      let cost = ArcHybridOracle.cost(of: transition, in: workspace.state, gold: gold.heads)
      let score = workspace.scores[transition.rawValue]
      if cost < bestCost || (cost == bestCost && score > bestScore) {
        best = transition
        bestCost = cost
        bestScore = score
      }
    }
    return best
  }
}
