import GlossCore
import GlossFormats
import GlossTaggers

/// Clause data from CoNLL-U treebanks (gold clauses from the trees, see
/// ``ClauseGold``) and the exact-match clause scores of a model.
public struct ClauseEvaluation: Sendable {
  /// A treebank's sentences with their gold clauses.
  public struct Treebank: Sendable {
    /// The sentences' words.
    public var sentences: [TokenSequence]
    /// The gold clauses of each sentence.
    public var clauses: [[ClauseBoundaries.Clause]]
    /// Name, digest and counts of the file.
    public var source: TrainingProvenance.Source

    /// Training sentences labeled over `labels`, which is extended with the
    /// labels met (in first-seen order).
    public func labeled(labels: inout [String]) -> [LabeledSequence] {
      var index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
      return zip(sentences, clauses).map { tokens, clauses in
        let names = ClauseBoundaries.labels(clauses, count: tokens.count)
        let ids = names.map { name -> Int in
          if let id = index[name] { return id }
          labels.append(name)
          index[name] = labels.count - 1
          return labels.count - 1
        }
        return LabeledSequence(tokens: tokens, labels: ids)
      }
    }
  }

  /// Reads the CoNLL-U file at `path`.
  public static func treebank(conlluAt path: String) throws -> Treebank {
    let bytes = try FileSystem.readFile(atPath: path)
    var reader = CoNLLUReader(bytes: bytes, path: path)
    var sentences: [TokenSequence] = []
    var clauses: [[ClauseBoundaries.Clause]] = []
    var tokens = 0
    while let sentence = try reader.next() {
      sentences.append(TokenSequence(words: sentence.words.map(\.form)))
      clauses.append(ClauseGold.clauses(sentence))
      tokens += sentence.words.count
    }
    return Treebank(
      sentences: sentences, clauses: clauses, source: TrainingData.source(path, bytes, sentences.count, tokens))
  }

  /// The file measured on.
  public var data: TrainingProvenance.Source
  /// Exact span and type, per type.
  public var byType: [String: BoundaryScore]
  /// Exact span and type, every type pooled.
  public var labeled: BoundaryScore
  /// Exact span, type ignored.
  public var unlabeled: BoundaryScore

  /// Tags every sentence of `treebank` with `model` and scores the
  /// assembled clauses against the gold ones.
  public static func evaluate(_ model: SequenceModel, features: EntityFeatures, on treebank: Treebank)
    -> ClauseEvaluation
  {
    var workspace = SequenceModel.Workspace()
    var counts: [String: (gold: Int, predicted: Int, correct: Int)] = [:]
    var unlabeled = (gold: 0, predicted: 0, correct: 0)
    for (tokens, gold) in zip(treebank.sentences, treebank.clauses) {
      model.tag(tokens, extra: features.features(of: tokens), workspace: &workspace)
      let found = ClauseBoundaries.assemble(workspace.labels.map { model.labels[$0] })
      let goldSet = Set(gold)
      for clause in gold { counts[clause.label, default: (0, 0, 0)].gold += 1 }
      for clause in found {
        counts[clause.label, default: (0, 0, 0)].predicted += 1
        if goldSet.contains(clause) { counts[clause.label, default: (0, 0, 0)].correct += 1 }
      }
      let goldRanges = Set(gold.map { $0.start..<$0.end })
      let foundRanges = Set(found.map { $0.start..<$0.end })
      unlabeled.gold += goldRanges.count
      unlabeled.predicted += foundRanges.count
      unlabeled.correct += goldRanges.intersection(foundRanges).count
    }
    let byType = counts.mapValues { BoundaryScore(gold: $0.gold, predicted: $0.predicted, correct: $0.correct) }
    let pooled = counts.values.reduce((0, 0, 0)) { ($0.0 + $1.gold, $0.1 + $1.predicted, $0.2 + $1.correct) }
    return ClauseEvaluation(
      data: treebank.source, byType: byType,
      labeled: BoundaryScore(gold: pooled.0, predicted: pooled.1, correct: pooled.2),
      unlabeled: BoundaryScore(gold: unlabeled.gold, predicted: unlabeled.predicted, correct: unlabeled.correct))
  }
}
