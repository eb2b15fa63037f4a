import GlossTaggers

extension TrainingData {
  /// The sentences of IOB2 files with the extra features an entity model of
  /// `features` trains on, and the files' training-source records.
  public static func entities(iob2At paths: [String], features: EntityFeatures) throws -> (
    sentences: [LabeledSequence], sources: [TrainingProvenance.Source]
  ) {
    var sentences: [LabeledSequence] = []
    var sources: [TrainingProvenance.Source] = []
    for path in paths {
      let loaded = try entities(iob2At: path)
      sentences += loaded.sentences.map { $0.addingFeatures(features) }
      sources.append(loaded.source)
    }
    return (sentences, sources)
  }
}

extension CorpusTrainingData {
  /// Gives every sentence the extra features an entity model of `features` trains on.
  public mutating func addFeatures(_ features: EntityFeatures) {
    for document in documents.indices {
      documents[document].sentences = documents[document].sentences.map { $0.addingFeatures(features) }
    }
  }
}

extension LabeledSequence {
  /// The sentence with `features`' extra features of its tokens.
  func addingFeatures(_ features: EntityFeatures) -> LabeledSequence {
    var copy = self
    copy.extraFeatures = features.features(of: tokens)
    return copy
  }
}

extension ClauseEvaluation {
  /// The clause-boundary sentences of CoNLL-U treebanks with `features`'
  /// extra features, their labels in name order (so a model does not depend
  /// on the order of the files), and the files' training-source records.
  public static func trainingData(conlluAt paths: [String], features: EntityFeatures) throws -> (
    sentences: [LabeledSequence], labels: [String], sources: [TrainingProvenance.Source]
  ) {
    var labels: [String] = []
    var data: [LabeledSequence] = []
    var sources: [TrainingProvenance.Source] = []
    for path in paths {
      let treebank = try treebank(conlluAt: path)
      data += treebank.labeled(labels: &labels).map { $0.addingFeatures(features) }
      sources.append(treebank.source)
    }
    let sorted = labels.sorted()
    let remap = labels.map { sorted.firstIndex(of: $0)! }
    data = data.map {
      LabeledSequence(tokens: $0.tokens, labels: $0.labels.map { remap[$0] }, extraFeatures: $0.extraFeatures)
    }
    return (data, sorted, sources)
  }
}
