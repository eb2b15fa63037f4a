import GlossCore

/// The taggers of `gloss tag` and the shell's `tag` on a corpus: the
/// standard taggers, and, when the corpus has an entity model of its own
/// (`Models/entities-r<REVISION>.glossmodel`, from `gloss train entities
/// --from accepted`), the newest one after the entity rules, filling their
/// gaps.
public enum CorpusTaggers {
  /// The annotator name of the corpus model at `path`.
  public static func annotator(modelAt path: String) -> String {
    "tagger:entities-perceptron@1/" + Path.lastComponent(path)
  }

  /// The taggers of `layers` (all when `nil`) and the corpus model used, if any.
  public static func tagger(layers: [String]?, corpusAt root: String) throws -> (
    tagger: CombinedTagger, entityModel: String?
  ) {
    let standard = try StandardTaggers.tagger(layers: layers, corpusAt: root)
    guard layers?.contains("entity") ?? true,
      let path = ModelCatalog.newestCorpusModel(layer: "entities", corpusRoot: root)
    else {
      return (standard, nil)
    }
    let learned = try PerceptronEntityTagger(contentsOfFile: path, name: annotator(modelAt: path))
    var taggers = standard.taggers
    let afterRules = (taggers.lastIndex { $0.layers.contains("entity") } ?? -1) + 1
    taggers.insert(learned, at: afterRules)
    return (CombinedTagger(taggers), path)
  }
}
