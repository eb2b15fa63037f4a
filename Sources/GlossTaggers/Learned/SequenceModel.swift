/// A greedy left-to-right sequence labeler: an averaged perceptron over
/// hashed sparse features (``FeatureExtractor``), used for part of speech,
/// entity BIO tags and clause boundaries.
///
/// Label sets named in BIO style (`O`, `B-X`, `I-X`) are decoded with the
/// BIO constraint (an `I-X` only after `B-X` or `I-X`).
public struct SequenceModel: Sendable {
  /// What the model tags, such as `pos` or `entities`.
  public var kind: String
  /// The labels, in weight-column order.
  public let labels: [String]
  /// The feature extractor (hash size, lexicon).
  public let extractor: FeatureExtractor
  /// The averaged weights.
  public let weights: PerceptronWeights
  /// What it was trained on.
  public var provenance: TrainingProvenance

  /// For each previous label (row, `labels.count` = sentence start), the
  /// labels allowed next.
  private let allowed: [Bool]

  /// Creates a model from its parts.
  public init(
    kind: String, labels: [String], extractor: FeatureExtractor, weights: PerceptronWeights,
    provenance: TrainingProvenance
  ) {
    precondition(weights.labelCount == labels.count)
    precondition(weights.bucketCount == 1 << extractor.hashBits)
    self.kind = kind
    self.labels = labels
    self.extractor = extractor
    self.weights = weights
    self.provenance = provenance
    self.allowed = Self.transitions(labels)
  }

  /// The BIO transition table (everything allowed for other label sets).
  private static func transitions(_ labels: [String]) -> [Bool] {
    let n = labels.count
    var table = [Bool](repeating: true, count: (n + 1) * n)
    for (next, label) in labels.enumerated() where label.hasPrefix("I-") {
      let type = label.dropFirst(2)
      for previous in 0...n {
        let ok = previous < n && (labels[previous] == "B-\(type)" || labels[previous] == "I-\(type)")
        table[previous * n + next] = ok
      }
    }
    return table
  }

  // MARK: - Tagging

  /// Reusable storage for tagging; results are left in ``labels`` and
  /// ``margins``.
  public struct Workspace: Sendable {
    var features = FeatureBuffer()
    var scores: [Float] = []
    var dynamic = [Int32](repeating: 0, count: FeatureExtractor.dynamicCount)
    /// The predicted label index of each token of the last sentence.
    public internal(set) var labels: [Int] = []
    /// The score margin between the best and second-best label of each token.
    public internal(set) var margins: [Float] = []

    /// An empty workspace.
    public init() {}
  }

  /// Tags `tokens`, leaving the label indices and margins in `workspace`.
  public func tag(_ tokens: TokenSequence, extra: [[String]] = [], workspace: inout Workspace) {
    extractor.extract(tokens, extra: extra, into: &workspace.features)
    Self.decode(
      extractor: extractor, weights: weights, allowed: allowed, workspace: &workspace, gold: nil, trainer: nil)
  }

  /// The label names of `words`.
  public func labels(for words: [String]) -> [String] {
    var workspace = Workspace()
    tag(TokenSequence(words: words), workspace: &workspace)
    return workspace.labels.map { labels[$0] }
  }

  /// Greedy decoding; with `gold` and `trainer`, updates the trainer on
  /// every wrong token (the model then follows its own predictions).
  private static func decode(
    extractor: FeatureExtractor, weights: PerceptronWeights?, allowed: [Bool], workspace: inout Workspace,
    gold: [Int]?, trainer: UnsafeMutablePointer<PerceptronTrainer>?
  ) {
    let n = workspace.features.offsets.count - 1
    let width = weights?.labelCount ?? trainer!.pointee.weights.labelCount
    workspace.labels.removeAll(keepingCapacity: true)
    workspace.margins.removeAll(keepingCapacity: true)
    if workspace.scores.count < width { workspace.scores = [Float](repeating: 0, count: width) }
    var previous = -1
    var beforePrevious = -1
    for i in 0..<n {
      extractor.dynamicFeatures(
        workspace.features, at: i, previous: previous, beforePrevious: beforePrevious, into: &workspace.dynamic)
      let start = workspace.features.offsets[i]
      let end = workspace.features.offsets[i + 1]
      let row = (previous < 0 ? width : previous) * width
      var best = -1
      var bestScore = -Float.infinity
      var second = -Float.infinity
      workspace.scores.withUnsafeMutableBufferPointer { scores in
        for label in 0..<width { scores[label] = 0 }
        workspace.features.staticFeatures.withUnsafeBufferPointer { all in
          let features = UnsafeBufferPointer(rebasing: all[start..<end])
          if let weights { weights.accumulate(features, into: scores) } else { trainer!.pointee.weights.accumulate(features, into: scores) }
        }
        workspace.dynamic.withUnsafeBufferPointer { features in
          if let weights { weights.accumulate(features, into: scores) } else { trainer!.pointee.weights.accumulate(features, into: scores) }
        }
        for label in 0..<width where allowed[row + label] {
          let score = scores[label]
          if score > bestScore {
            second = bestScore
            bestScore = score
            best = label
          } else if score > second {
            second = score
          }
        }
      }
      if let gold, let trainer {
        let truth = gold[i]
        if best != truth {
          workspace.features.staticFeatures.withUnsafeBufferPointer { all in
            trainer.pointee.update(UnsafeBufferPointer(rebasing: all[start..<end]), gold: truth, predicted: best)
          }
          workspace.dynamic.withUnsafeBufferPointer {
            trainer.pointee.update($0, gold: truth, predicted: best)
          }
        }
        trainer.pointee.advance()
      }
      workspace.labels.append(best)
      workspace.margins.append(second == -.infinity ? .infinity : bestScore - second)
      beforePrevious = previous
      previous = best
    }
  }

  // MARK: - Training

  /// Trains a model on `data` (label indices into `labels`).
  ///
  /// Deterministic: the same data, labels and options give the same weights.
  /// `progress` is called after each pass with the pass number and the
  /// training accuracy of that pass.
  public static func train(
    kind: String, labels: [String], data: [LabeledSequence], options: TrainingOptions,
    sources: [TrainingProvenance.Source], progress: (Int, Double) -> Void = { _, _ in }
  ) -> SequenceModel {
    let lexicon = WordLexicon.build(from: data, minimumCount: options.lexiconMinimumCount)
    let extractor = FeatureExtractor(hashBits: options.hashBits, lexicon: lexicon)
    let allowed = transitions(labels)
    // Static features once, reused on every pass.
    var cached: [FeatureBuffer] = []
    cached.reserveCapacity(data.count)
    for sequence in data {
      var buffer = FeatureBuffer()
      extractor.extract(sequence.tokens, extra: sequence.extraFeatures, into: &buffer)
      cached.append(buffer)
    }
    var trainer = PerceptronTrainer(labelCount: labels.count, bucketCount: 1 << options.hashBits)
    var order = Array(data.indices)
    var generator = SeededGenerator(seed: options.seed)
    var workspace = Workspace()
    for epoch in 1...max(1, options.epochs) {
      generator.shuffle(&order)
      var correct = 0
      var total = 0
      for index in order {
        let sequence = data[index]
        workspace.features = cached[index]
        withUnsafeMutablePointer(to: &trainer) { pointer in
          decode(
            extractor: extractor, weights: nil, allowed: allowed, workspace: &workspace,
            gold: sequence.labels, trainer: pointer)
        }
        for (p, g) in zip(workspace.labels, sequence.labels) where p == g { correct += 1 }
        total += sequence.labels.count
      }
      progress(epoch, total == 0 ? 1 : Double(correct) / Double(total))
    }
    return SequenceModel(
      kind: kind, labels: labels, extractor: extractor, weights: trainer.averaged(),
      provenance: TrainingProvenance(sources: sources, epochs: options.epochs, seed: options.seed))
  }
}
