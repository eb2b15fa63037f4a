import GlossCore

/// A greedy transition-based dependency parser: the arc-hybrid system
/// (``Transition``), an averaged perceptron over hashed sparse features
/// (``ParserFeatures``) choosing each transition, and a second perceptron
/// choosing the relation of each arc. It reads words with their predicted
/// UPOS tags and lemmas and gives every word a head and a UD relation.
///
/// Trained with a dynamic oracle and error exploration
/// (``train(_:options:sources:progress:)``); stored in a `.glossparser`
/// style file (see ``write(toFile:)``).
public struct DependencyParser: Sendable {
  /// The relation names (UD deprels with subtypes); a relation code is an
  /// index into this list.
  public let relations: [String]
  /// The transition weights (three columns: shift, left, right).
  let transitionWeights: CodedWeights
  /// The relation weights (one column per relation).
  let relationWeights: CodedWeights
  /// The transition table size as a power of two.
  let transitionBits: Int
  /// The relation table size as a power of two.
  let relationBits: Int
  /// What the parser was trained on and how.
  public let provenance: TrainingProvenance

  /// The SHA-256 (hex) of the file the parser was read from, or nil for a
  /// parser made in memory.
  public internal(set) var fileSHA256: String?

  /// Creates a parser from its parts.
  init(
    relations: [String], transitionWeights: PerceptronWeights, relationWeights: PerceptronWeights,
    provenance: TrainingProvenance
  ) {
    precondition(transitionWeights.labelCount == Transition.allCases.count)
    precondition(relationWeights.labelCount == relations.count && relations.count < Int(ArcHybridState.noRelation))
    self.relations = relations
    self.transitionWeights = CodedWeights(transitionWeights)
    self.relationWeights = CodedWeights(relationWeights)
    self.transitionBits = transitionWeights.bucketCount.trailingZeroBitCount
    self.relationBits = relationWeights.bucketCount.trailingZeroBitCount
    self.provenance = provenance
  }

  /// The bytes of the weight tables in memory.
  public var tableBytes: Int {
    transitionWeights.byteCount + relationWeights.byteCount
  }

  /// Reusable buffers for parsing; the results of the last sentence are
  /// left in ``heads`` and ``relations``.
  public struct Workspace: Sendable {
    var state = ArcHybridState()
    var tokens = ParserTokens()
    var features = [Int32](repeating: 0, count: ParserFeatures.capacity)
    var scores: [Float] = []
    /// Each word's head: 1-based word number, 0 for the root.
    public internal(set) var heads: [Int32] = []
    /// Each word's relation code, an index into ``DependencyParser/relations``.
    public internal(set) var relations: [UInt8] = []

    /// An empty workspace.
    public init() {}

    /// Loads a sentence and starts its parse.
    mutating func start(_ tokens: TokenSequence, tags: [UniversalPartOfSpeech], lemmas: [String]) {
      precondition(tags.count == tokens.count && lemmas.count == tokens.count, "one tag and lemma per word")
      self.tokens.load(tokens, tags: tags, lemmas: lemmas)
      state.reset(wordCount: tokens.count)
    }

    /// Copies the finished parse into ``heads`` and ``relations``.
    mutating func finish() {
      heads.removeAll(keepingCapacity: true)
      relations.removeAll(keepingCapacity: true)
      for position in stride(from: 1, through: state.wordCount, by: 1) {
        heads.append(state.heads[position])
        relations.append(state.relations[position])
      }
    }
  }

  /// Parses one sentence: `tokens` the words, `tags` their UPOS, `lemmas`
  /// their lemmas (features of the parser).
  ///
  /// The results are left in `workspace.heads` ([Int32], 1-based head word,
  /// 0 = root) and `workspace.relations` ([UInt8] codes into
  /// ``relations``). Every word gets a head; exactly one word hangs from
  /// the root.
  public func parse(
    _ tokens: TokenSequence, tags: [UniversalPartOfSpeech], lemmas: [String], workspace: inout Workspace
  ) {
    workspace.start(tokens, tags: tags, lemmas: lemmas)
    while !workspace.state.isTerminal {
      let transition = Self.bestTransition(transitionWeights, bits: transitionBits, workspace: &workspace).best
      var relation: UInt8 = 0
      if transition.addsArc {
        let arc = workspace.state.arc(transition)
        relation =
          Self.bestRelation(
            relationWeights, count: relations.count, bits: relationBits, head: Int(arc.head),
            dependent: Int(arc.dependent), workspace: &workspace
          ).best
      }
      workspace.state.apply(transition, relation: relation)
    }
    workspace.finish()
  }

  // MARK: - Decoding

  /// The allowed transition scored highest, with the features that scored
  /// it left in `workspace.features` (their count returned) and the scores
  /// in `workspace.scores`.
  @inline(__always)
  static func bestTransition<W: LinearScoring>(_ weights: W, bits: Int, workspace: inout Workspace) -> (
    best: Transition, featureCount: Int
  ) {
    let count = workspace.features.withUnsafeMutableBufferPointer { buffer in
      var writer = ParserFeatureWriter(buffer, bits: bits)
      ParserFeatures.transition(workspace.state, workspace.tokens, into: &writer)
      return writer.count
    }
    score(weights, width: Transition.allCases.count, featureCount: count, workspace: &workspace)
    var best = Transition.shift
    var bestScore = -Float.infinity
    for transition in Transition.allCases where workspace.state.allows(transition) {
      let score = workspace.scores[transition.rawValue]
      if score > bestScore {
        bestScore = score
        best = transition
      }
    }
    return (best, count)
  }

  /// The relation scored highest for the arc `head` → `dependent`, with
  /// its features left in `workspace.features` (their count returned) and
  /// the scores in `workspace.scores`.
  @inline(__always)
  static func bestRelation<W: LinearScoring>(
    _ weights: W, count relationCount: Int, bits: Int, head: Int, dependent: Int, workspace: inout Workspace
  ) -> (best: UInt8, featureCount: Int) {
    let count = workspace.features.withUnsafeMutableBufferPointer { buffer in
      var writer = ParserFeatureWriter(buffer, bits: bits)
      ParserFeatures.relation(head: head, dependent: dependent, workspace.state, workspace.tokens, into: &writer)
      return writer.count
    }
    score(weights, width: relationCount, featureCount: count, workspace: &workspace)
    var best = 0
    for index in 1..<relationCount where workspace.scores[index] > workspace.scores[best] { best = index }
    return (UInt8(truncatingIfNeeded: best), count)
  }

  /// Sums the weights of the first `featureCount` features of the
  /// workspace into its first `width` scores.
  @inline(__always)
  private static func score<W: LinearScoring>(_ weights: W, width: Int, featureCount: Int, workspace: inout Workspace) {
    if workspace.scores.count < width { workspace.scores = [Float](repeating: 0, count: width) }
    workspace.scores.withUnsafeMutableBufferPointer { scores in
      for index in 0..<width { scores[index] = 0 }
      workspace.features.withUnsafeBufferPointer { features in
        weights.accumulate(
          UnsafeBufferPointer(rebasing: features[0..<featureCount]),
          into: UnsafeMutableBufferPointer(rebasing: scores[0..<width]))
      }
    }
  }
}
