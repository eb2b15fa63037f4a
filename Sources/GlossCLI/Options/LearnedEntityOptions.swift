import GlossCore
import ArgumentParser
import GlossTaggers

/// `--entity-model FILE [--entity-model-first]`: a learned entity tagger
/// combined with the standard taggers, and `--clause-model FILE`: a learned
/// clause tagger in place of the clause rules, to measure them.
struct LearnedEntityOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Also tag entities with this learned model (after the rules: it fills their gaps).", valueName: "file"))
  var entityModel: String?

  @Flag(help: "Put the learned entity model before the rules (it wins where both speak).")
  var entityModelFirst = false

  @Option(help: ArgumentHelp("Tag clauses with this learned model instead of the clause rules.", valueName: "file"))
  var clauseModel: String?

  /// `standard` with the learned entity tagger added, if one is asked for.
  func combined(with standard: CombinedTagger) throws -> CombinedTagger {
    var standard = standard
    if let clauseModel {
      let model = try SequenceModel(contentsOfFile: clauseModel)
      let uses = EntityFeatures.uses(kind: model.kind)
      let features = try EntityFeatureOptions.features(gazetteer: false, pos: uses.partOfSpeech, posModel: nil)
      let learned = PerceptronClauseTagger(model: model, features: features)
      standard = CombinedTagger(standard.taggers.map { $0.layers == ["clause"] ? learned : $0 })
    }
    guard let entityModel else { return standard }
    let learned = try Self.entityTagger(contentsOfFile: entityModel)
    return CombinedTagger(entityModelFirst ? [learned] + standard.taggers : standard.taggers + [learned])
  }

  /// The learned entity tagger of the model file at `path`, with the
  /// features its kind records and its types mapped to the scheme's labels.
  static func entityTagger(contentsOfFile path: String, name: String? = nil) throws -> PerceptronEntityTagger {
    let model = try SequenceModel(contentsOfFile: path)
    let features = try EntityFeatureOptions.features(for: model, name: path)
    // UNER types map to the scheme's labels; a corpus-trained model's types already are scheme labels.
    var labelMap = ["PER": "PERSON", "ORG": "ORG", "LOC": "LOC"]
    for label in model.labels where label.hasPrefix("B-") && labelMap[String(label.dropFirst(2))] == nil {
      let type = String(label.dropFirst(2))
      if type != "OTH" { labelMap[type] = type }
    }
    guard let name else { return PerceptronEntityTagger(model: model, features: features, labelMap: labelMap) }
    return PerceptronEntityTagger(model: model, features: features, labelMap: labelMap, name: name)
  }
}

/// The taggers of `gloss tag` and the shell's `tag` on a corpus: the
/// standard taggers, and, when the corpus has an entity model of its own
/// (`Models/entities-r<REVISION>.glossmodel`, from `gloss train entities
/// --from accepted`), the newest one after the entity rules, filling their
/// gaps.
enum CorpusTaggers {
  /// The annotator name of the corpus model at `path`.
  static func annotator(modelAt path: String) -> String {
    "tagger:entities-perceptron@1/" + Path.lastComponent(path)
  }

  /// The taggers of `layers` (all when `nil`) and the corpus model used, if any.
  static func tagger(layers: [String]?, corpusAt root: String) throws -> (tagger: CombinedTagger, entityModel: String?) {
    let standard = try StandardTaggers.tagger(layers: layers, corpusAt: root)
    guard layers?.contains("entity") ?? true, let path = CorpusModels.newest(layer: "entities", corpusRoot: root) else {
      return (standard, nil)
    }
    let learned = try LearnedEntityOptions.entityTagger(contentsOfFile: path, name: annotator(modelAt: path))
    var taggers = standard.taggers
    let afterRules = (taggers.lastIndex { $0.layers.contains("entity") } ?? -1) + 1
    taggers.insert(learned, at: afterRules)
    return (CombinedTagger(taggers), path)
  }
}
