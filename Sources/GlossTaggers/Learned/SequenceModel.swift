import GlossCore

/// A greedy sequence labeler: an averaged perceptron over hashed sparse
/// features (``FeatureExtractor``), used for part of speech, entity BIO tags
/// and clause boundaries. It reads a sentence left to right, or right to
/// left (the first pass of a stacked model).
///
/// Label sets named in BIO style (`O`, `B-X`, `I-X`) are decoded with the
/// BIO constraint (an `I-X` only after `B-X` or `I-X`).
public struct SequenceModel: Sendable {
  /// What the model tags, such as `pos` or `entities`.
  public var kind: String
  /// The labels, in weight-column order.
  public let labels: [String]
  /// The feature extractor (hash size, lexicons).
  public let extractor: FeatureExtractor
  /// The order in which the model reads a sentence.
  public let direction: Direction
  /// The averaged weights.
  public let weights: PerceptronWeights
  /// What it was trained on.
  public var provenance: TrainingProvenance
  /// The first pass of a stacked model (empty or one model): its predicted
  /// labels are features of this one (see ``trainStacked(kind:labels:data:options:folds:sources:progress:)``).
  private let stages: [SequenceModel]

  /// The SHA-256 (hex) of the file the model was read from, or nil for a
  /// model made in memory: models with the same digest tag alike, so
  /// ``EntityFeatures`` runs one part-of-speech pass for a model and its
  /// base when both read the same POS model file.
  public internal(set) var fileSHA256: String?

  /// The first pass whose predictions this model sees, if it is stacked.
  public var firstPass: SequenceModel? { stages.first }

  /// For each previous label (row, `labels.count` = sentence start), the
  /// labels allowed next.
  private let allowed: [Bool]

  /// Whether the first pass has the same lexicons, so that this pass can
  /// reuse its per-word feature values.
  private let sharesWordFeatures: Bool

  /// Creates a model from its parts.
  public init(
    kind: String, labels: [String], extractor: FeatureExtractor, weights: PerceptronWeights,
    provenance: TrainingProvenance, direction: Direction = .leftToRight, firstPass: SequenceModel? = nil
  ) {
    precondition(firstPass.map { $0.labels == labels && $0.firstPass == nil } ?? true, "one first pass, same labels")
    precondition(weights.labelCount == labels.count)
    precondition(weights.bucketCount == 1 << extractor.hashBits)
    self.kind = kind
    self.labels = labels
    self.extractor = extractor
    self.weights = weights
    self.provenance = provenance
    self.direction = direction
    self.allowed = Self.transitions(labels)
    self.stages = firstPass.map { [$0] } ?? []
    self.sharesWordFeatures =
      firstPass.map { first in
        first.extractor.lexicon == extractor.lexicon && first.extractor.english == extractor.english
          && first.extractor.clusters == extractor.clusters
      } ?? false
  }

  /// The bytes of the weight tables in memory, the first pass's included.
  public var tableBytes: Int {
    weights.bits.count * MemoryLayout<UInt16>.size + (firstPass?.tableBytes ?? 0)
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
    var staticScores: [Float] = []
    var dynamic = [Int32](repeating: 0, count: FeatureExtractor.dynamicCount)
    var hints: [Int] = []
    var firstPass: [Workspace] = []
    /// The predicted label index of each token of the last sentence.
    public internal(set) var labels: [Int] = []
    /// The score margin between the best and second-best label of each token.
    public internal(set) var margins: [Float] = []

    /// An empty workspace.
    public init() {}
  }

  /// Tags `tokens`, leaving the label indices and margins in `workspace`.
  public func tag(_ tokens: TokenSequence, extra: [[String]] = [], workspace: inout Workspace) {
    workspace.hints.removeAll(keepingCapacity: true)
    if let first = stages.first {
      // The first pass keeps its own buffers: sharing them with the second
      // pass made tagging twice as slow.
      if workspace.firstPass.isEmpty { workspace.firstPass = [Workspace()] }
      first.tag(tokens, extra: extra, workspace: &workspace.firstPass[0])
      workspace.hints.append(contentsOf: workspace.firstPass[0].labels)
    }
    let reversed = direction == .rightToLeft
    if sharesWordFeatures, let first = stages.first {
      extractor.extract(
        tokens, extra: extra, hints: workspace.hints, reversed: reversed, words: workspace.firstPass[0].features,
        wordsReversed: first.direction == .rightToLeft, into: &workspace.features)
    } else {
      extractor.extract(tokens, extra: extra, hints: workspace.hints, reversed: reversed, into: &workspace.features)
    }
    Self.decode(
      extractor: extractor, weights: weights, allowed: allowed, workspace: &workspace, gold: nil, trainer: nil)
    if reversed {
      workspace.labels.reverse()
      workspace.margins.reverse()
    }
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
    let width = weights?.labelCount ?? trainer!.pointee.labelCount
    workspace.labels.removeAll(keepingCapacity: true)
    workspace.margins.removeAll(keepingCapacity: true)
    if workspace.scores.count < width { workspace.scores = [Float](repeating: 0, count: width) }
    // Tagging: the static features' scores of every token first, in one
    // sweep whose random reads of weight rows do not wait for the labels
    // (training must see each update before the next token).
    if let weights {
      workspace.staticScores.removeAll(keepingCapacity: true)
      workspace.staticScores.append(contentsOf: repeatElement(0, count: n * width))
      workspace.staticScores.withUnsafeMutableBufferPointer { all in
        workspace.features.staticFeatures.withUnsafeBufferPointer { features in
          for i in 0..<n {
            let range = workspace.features.offsets[i]..<workspace.features.offsets[i + 1]
            weights.accumulate(
              UnsafeBufferPointer(rebasing: features[range]),
              into: UnsafeMutableBufferPointer(rebasing: all[(i * width)..<((i + 1) * width)]))
          }
        }
      }
    }
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
        if weights != nil {
          workspace.staticScores.withUnsafeBufferPointer { all in
            for label in 0..<width { scores[label] = all[i * width + label] }
          }
        } else {
          for label in 0..<width { scores[label] = 0 }
          workspace.features.staticFeatures.withUnsafeBufferPointer { all in
            trainer!.pointee.accumulate(UnsafeBufferPointer(rebasing: all[start..<end]), into: scores)
          }
        }
        workspace.dynamic.withUnsafeBufferPointer { features in
          if let weights {
            weights.accumulate(features, into: scores)
          } else {
            trainer!.pointee.accumulate(features, into: scores)
          }
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

  /// Trains a model on `data` (label indices into `labels`), reading
  /// sentences in `direction`.
  ///
  /// Deterministic: the same data, labels and options give the same weights.
  /// `progress` is called after each pass with the pass number and the
  /// training accuracy of that pass.
  public static func train(
    kind: String, labels: [String], data: [LabeledSequence], options: TrainingOptions,
    direction: Direction = .leftToRight, sources: [TrainingProvenance.Source],
    progress: (Int, Double) -> Void = { _, _ in }
  ) -> SequenceModel {
    trainPass(
      kind: kind, labels: labels, data: data, hints: [], direction: direction, options: options, sources: sources,
      progress: progress)
  }

  /// Trains a stacked model: a first pass like ``train(kind:labels:data:options:direction:sources:progress:)``
  /// that reads sentences right to left, then a second pass, left to right,
  /// whose features include the first pass's predicted labels of the word
  /// and its neighbours on both sides. The two passes read in opposite
  /// directions so that they err differently: on EWT dev this gave 95.44%
  /// instead of 95.33% for two left-to-right passes.
  ///
  /// So that the second pass learns how far to trust the first pass, the
  /// first-pass labels it trains on come from `folds` models each trained
  /// without the sentences it labels (sentence `i` is in fold `i % folds`).
  /// Deterministic like single-pass training. `progress` receives a stage
  /// name (`fold 1/4`, …, `first pass`, `second pass`) with each pass's
  /// number and training accuracy.
  public static func trainStacked(
    kind: String, labels: [String], data: [LabeledSequence], options: TrainingOptions, folds: Int = 4,
    sources: [TrainingProvenance.Source], progress: (String, Int, Double) -> Void = { _, _, _ in }
  ) -> SequenceModel {
    precondition(folds >= 2, "at least two folds")
    var hints = [[Int]](repeating: [], count: data.count)
    var workspace = Workspace()
    for fold in 0..<folds {
      let training = data.indices.filter { $0 % folds != fold }.map { data[$0] }
      let model = trainPass(
        kind: kind, labels: labels, data: training, hints: [], direction: .rightToLeft, options: options,
        sources: sources
      ) { progress("fold \(fold + 1)/\(folds)", $0, $1) }
      for index in stride(from: fold, to: data.count, by: folds) {
        model.tag(data[index].tokens, extra: data[index].extraFeatures, workspace: &workspace)
        hints[index] = workspace.labels
      }
    }
    let first = trainPass(
      kind: kind, labels: labels, data: data, hints: [], direction: .rightToLeft, options: options, sources: sources
    ) { progress("first pass", $0, $1) }
    let second = trainPass(
      kind: kind, labels: labels, data: data, hints: hints, direction: .leftToRight, options: options,
      sources: sources
    ) { progress("second pass", $0, $1) }
    return SequenceModel(
      kind: kind, labels: labels, extractor: second.extractor, weights: second.weights,
      provenance: second.provenance, firstPass: first)
  }

  /// One pass of training; `hints` are first-pass labels per sentence, or empty.
  private static func trainPass(
    kind: String, labels: [String], data: [LabeledSequence], hints: [[Int]], direction: Direction,
    options: TrainingOptions, sources: [TrainingProvenance.Source], progress: (Int, Double) -> Void
  ) -> SequenceModel {
    let lexicon = WordLexicon.build(from: data, minimumCount: options.lexiconMinimumCount)
    let extractor = FeatureExtractor(
      hashBits: options.hashBits, lexicon: lexicon, english: options.english, clusters: options.clusters)
    let reversed = direction == .rightToLeft
    // Gold labels in the order the model reads.
    let golds = reversed ? data.map { Array($0.labels.reversed()) } : data.map(\.labels)
    let allowed = transitions(labels)
    // Static features once, reused on every pass.
    var cached: [FeatureBuffer] = []
    cached.reserveCapacity(data.count)
    for (index, sequence) in data.enumerated() {
      var buffer = FeatureBuffer()
      extractor.extract(
        sequence.tokens, extra: sequence.extraFeatures, hints: hints.isEmpty ? [] : hints[index], reversed: reversed,
        into: &buffer)
      cached.append(buffer)
    }
    // Each run shuffles with its own seed; their averaged weights are
    // averaged again (the same features, so the same buckets).
    var sum: [Float] = []
    for run in 0..<max(1, options.runs) {
      var trainer = PerceptronTrainer(labelCount: labels.count, bucketCount: 1 << options.hashBits)
      var order = Array(data.indices)
      var generator = SeededGenerator(seed: options.seed &+ UInt64(run) &* 1000)
      var workspace = Workspace()
      for epoch in 1...max(1, options.epochs) {
        generator.shuffle(&order)
        var correct = 0
        var total = 0
        for index in order {
          let gold = golds[index]
          workspace.features = cached[index]
          withUnsafeMutablePointer(to: &trainer) { pointer in
            decode(
              extractor: extractor, weights: nil, allowed: allowed, workspace: &workspace, gold: gold,
              trainer: pointer)
          }
          for (p, g) in zip(workspace.labels, gold) where p == g { correct += 1 }
          total += gold.count
        }
        progress(run * max(1, options.epochs) + epoch, total == 0 ? 1 : Double(correct) / Double(total))
      }
      let averaged = trainer.averaged()
      if sum.isEmpty {
        sum = averaged
      } else {
        for index in sum.indices { sum[index] += averaged[index] }
      }
    }
    if options.runs > 1 {
      let scale = 1 / Float(options.runs)
      for index in sum.indices { sum[index] *= scale }
    }
    var average = PerceptronWeights(
      labelCount: labels.count, bucketCount: 1 << options.hashBits, rounding: sum, minimum: options.minimumWeight)
    if options.quantize { average = average.quantized(minimum: options.minimumWeight) }
    return SequenceModel(
      kind: kind, labels: labels, extractor: extractor, weights: average,
      provenance: TrainingProvenance(
        sources: sources, epochs: options.epochs, seed: options.seed, runs: max(1, options.runs)),
      direction: direction)
  }
}
