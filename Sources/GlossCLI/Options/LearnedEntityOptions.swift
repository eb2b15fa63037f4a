import ArgumentParser
import GlossCore
import GlossShell
import GlossTaggers

/// `--entity-model FILE [--entity-model-first]`: a learned entity tagger
/// combined with the standard taggers, and `--clause-model FILE`: a learned
/// clause tagger in place of the clause rules, to measure them.
struct LearnedEntityOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Also tag entities with this learned model (after the rules: it fills their gaps).", valueName: "file"))
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
      let features = try EntityFeatures.load(gazetteer: false, pos: uses.partOfSpeech, posModel: nil)
      let learned = PerceptronClauseTagger(model: model, features: features)
      standard = CombinedTagger(standard.taggers.map { $0.layers == ["clause"] ? learned : $0 })
    }
    guard let entityModel else { return standard }
    let learned = try PerceptronEntityTagger(contentsOfFile: entityModel)
    return CombinedTagger(entityModelFirst ? [learned] + standard.taggers : standard.taggers + [learned])
  }
}
