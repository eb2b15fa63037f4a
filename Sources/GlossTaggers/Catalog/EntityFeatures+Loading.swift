import GlossCore

extension EntityFeatures {
  /// The features of an entity or clause model: the standard gazetteer if
  /// `gazetteer`, the part-of-speech model `posModel` (else the shipped one)
  /// if `pos`, and the tags of `base`.
  public static func load(
    gazetteer: Bool, pos: Bool, posModel: String?, base: BaseEntityModel? = nil
  ) throws -> EntityFeatures {
    var model: SequenceModel?
    if pos {
      model = try SequenceModel(contentsOfFile: try ModelCatalog.resolve(posModel, shipped: ModelCatalog.partOfSpeech))
    }
    return EntityFeatures(
      gazetteer: gazetteer ? .standard : nil, partOfSpeech: model, base: base.map { ($0.model, $0.features) })
  }

  /// The features the entity model `model` (read from `name`) was trained
  /// with, loading its base model if it has one.
  public static func load(for model: SequenceModel, name: String, posModel: String? = nil) throws -> EntityFeatures {
    let uses = EntityFeatures.uses(kind: model.kind)
    let base = try BaseEntityModel(of: model, modelName: name)
    return try load(gazetteer: uses.gazetteer, pos: uses.partOfSpeech, posModel: posModel, base: base)
  }
}

extension PerceptronEntityTagger {
  /// The learned entity tagger of the model file at `path`, with the
  /// features its kind records and its types mapped to the scheme's labels.
  public init(contentsOfFile path: String, name: String? = nil) throws {
    let model = try SequenceModel(contentsOfFile: path)
    let features = try EntityFeatures.load(for: model, name: path)
    // UNER types map to the scheme's labels; a corpus-trained model's types already are scheme labels.
    var labelMap = ["PER": "PERSON", "ORG": "ORG", "LOC": "LOC"]
    for label in model.labels where label.hasPrefix("B-") && labelMap[String(label.dropFirst(2))] == nil {
      let type = String(label.dropFirst(2))
      if type != "OTH" { labelMap[type] = type }
    }
    guard let name else {
      self.init(model: model, features: features, labelMap: labelMap)
      return
    }
    self.init(model: model, features: features, labelMap: labelMap, name: name)
  }
}
