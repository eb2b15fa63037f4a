import ArgumentParser
import GlossEvaluation
import GlossTaggers

/// `gloss train entities`: a BIO entity tagger from IOB2 files.
struct TrainEntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "Train an entity (BIO over PER, ORG, LOC, OTH) tagger on IOB2 files.",
    discussion: """
      Example (the shipped model, trained on UNER English EWT dev and test):
        gloss train entities --iob2 ../shared/data/uner-english-ewt/en_ewt-ud-dev.iob2 \\
          --iob2 ../shared/data/uner-english-ewt/en_ewt-ud-test.iob2 -o Models/entities-en-ewt.glossmodel
      """)

  @Option(help: ArgumentHelp("A training IOB2 file (repeatable).", valueName: "file.iob2")) var iob2: [String]
  @Flag(help: "Use hits of the built-in gazetteer as features.") var gazetteer = false
  @Flag(help: "Use the part-of-speech model's tags (of the word and its neighbours) as features.") var pos = false
  @Option(help: "The part-of-speech model for --pos (the shipped one by default).") var posModel: String?
  @OptionGroup var training: TrainingArguments

  func run() throws {
    try reporting {
      guard !iob2.isEmpty else { throw ValidationError("Give at least one --iob2 file.") }
      var data: [LabeledSequence] = []
      var sources: [TrainingProvenance.Source] = []
      let features = try EntityFeatureOptions.features(gazetteer: gazetteer, pos: pos, posModel: posModel)
      for path in iob2 {
        var loaded = try TrainingData.entities(iob2At: path)
        for index in loaded.sentences.indices {
          loaded.sentences[index].extraFeatures = features.features(of: loaded.sentences[index].tokens)
        }
        data += loaded.sentences
        sources.append(loaded.source)
      }
      try TrainingReport.train(
        kind: features.kind, labels: TrainingData.entityLabels, data: data, sources: sources, arguments: training)
    }
  }
}

/// Building the ``EntityFeatures`` of an entity model from options or from
/// a model's kind.
enum EntityFeatureOptions {
  static func features(gazetteer: Bool, pos: Bool, posModel: String?) throws -> EntityFeatures {
    var model: SequenceModel?
    if pos {
      model = try SequenceModel(contentsOfFile: try ModelLocation.resolve(posModel, shipped: "pos-en-ewt.glossmodel"))
    }
    return EntityFeatures(gazetteer: gazetteer ? .standard : nil, partOfSpeech: model)
  }

  /// The features an entity model of `kind` was trained with.
  static func features(forKind kind: String, posModel: String? = nil) throws -> EntityFeatures {
    let uses = EntityFeatures.uses(kind: kind)
    return try features(gazetteer: uses.gazetteer, pos: uses.partOfSpeech, posModel: posModel)
  }
}
