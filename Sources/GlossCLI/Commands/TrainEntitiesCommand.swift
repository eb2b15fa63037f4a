import ArgumentParser
import GlossCore
import GlossEvaluation
import GlossShell
import GlossTaggers

/// `gloss train entities`: a BIO entity tagger from IOB2 files.
struct TrainEntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "Train an entity (BIO over PER, ORG, LOC, OTH) tagger on IOB2 files.",
    discussion: """
      Example (the shipped model, trained on UNER English EWT dev and test):
        gloss train entities --iob2 Data/uner-english-ewt/en_ewt-ud-dev.iob2 \\
          --iob2 Data/uner-english-ewt/en_ewt-ud-test.iob2 -o Models/entities-en-ewt.glossmodel

      From the corpus's own accepted entity spans (the corpus's labels, BIO
      over the tokenizer's tokens; held-out F1 by document folds first):
        gloss train entities --from accepted --gazetteer --pos
      writes Models/entities-r<REVISION>.glossmodel in the corpus, recording
      the store revision it was trained at.

      With --base shipped (or --base FILE), the shipped UNER model's tags of
      each word and its neighbours become features of the new model: a model
      trained on a few accepted documents starts from what the shipped model
      knows and learns how its PER, ORG, LOC and OTH map onto the corpus's
      labels. The new model records its base (name and SHA-256) and loads it
      when it tags:
        gloss train entities --from accepted --gazetteer --pos --base shipped
      Compare models on gold documents:
        gloss eval GOLD/                                          # rules only
        gloss eval GOLD/ --entity-model Models/entities-en-ewt.glossmodel
        gloss eval GOLD/ --entity-model Models/entities-r<REVISION>.glossmodel
      """)

  @Option(help: ArgumentHelp("A training IOB2 file (repeatable).", valueName: "file.iob2")) var iob2: [String] = []
  @Option(help: ArgumentHelp("Train from the corpus's spans with this status (only 'accepted').", valueName: "status"))
  var from: String?
  @Option(help: "Document folds of the held-out score with --from accepted.") var heldOutFolds: Int = 5
  @OptionGroup var corpusOptions: CorpusOptions
  @Flag(help: "Use hits of the built-in gazetteer as features.") var gazetteer = false
  @Flag(help: "Use the part-of-speech model's tags (of the word and its neighbours) as features.") var pos = false
  @Option(help: "The part-of-speech model for --pos (the shipped one by default).") var posModel: String?
  @Option(
    help: ArgumentHelp(
      "Build on an entity model: 'shipped' or a model file; its tags become features (with --from accepted).",
      valueName: "shipped|file"))
  var base: String?
  @OptionGroup var training: TrainingArguments

  func run() throws {
    try reporting {
      if let from {
        guard from == "accepted" else { throw ValidationError("--from takes 'accepted'.") }
        guard iob2.isEmpty else { throw ValidationError("--from accepted trains on the corpus alone; drop --iob2.") }
        let base = try base.map(BaseEntityModel.init(argument:))
        let features = try EntityFeatures.load(
          gazetteer: gazetteer, pos: pos, posModel: posModel, base: base)
        return try trainFromCorpus(features: features, base: base)
      }
      guard base == nil else {
        throw ValidationError(
          "--base builds on a model when training from the corpus (--from accepted); the shipped model was itself trained on the IOB2 files."
        )
      }
      let features = try EntityFeatures.load(gazetteer: gazetteer, pos: pos, posModel: posModel)
      guard !iob2.isEmpty else { throw ValidationError("Give at least one --iob2 file, or --from accepted.") }
      let (data, sources) = try TrainingData.entities(iob2At: iob2, features: features)
      try TrainingReport.train(
        kind: features.kind, labels: TrainingData.entityLabels, data: data, sources: sources, arguments: training)
    }
  }
}

extension TrainEntitiesCommand {
  /// `--from accepted`: held-out figures by document folds, then a model on
  /// every document, stored under the corpus's `Models/` by revision.
  func trainFromCorpus(features: EntityFeatures, base: BaseEntityModel?) throws {
    let corpus = try corpusOptions.load()
    var data = try CorpusTrainingData.read(layer: "entity", corpus: corpus)
    guard !data.documents.isEmpty else { throw CLIFailure("No document has accepted entity spans to train on.") }
    data.addFeatures(features)
    let heldOut = data.crossValidate(options: try training.options(), features: features, folds: heldOutFolds)
    print(
      "held-out (\(min(max(2, heldOutFolds), data.documents.count))-fold by document, \(data.documents.count) documents, revision \(data.revision)): exact-span P \(String(format2: heldOut.precision * 100)) R \(String(format2: heldOut.recall * 100)) F1 \(String(format2: heldOut.f1 * 100)) (gold \(heldOut.gold), predicted \(heldOut.predicted), correct \(heldOut.correct))"
    )

    if training.output == nil {
      try FileSystem.createDirectory(atPath: Path.join(corpus.root, "Models"), intermediate: true)
    }
    try TrainingReport.train(
      kind: features.kind, labels: data.labels, data: data.documents.flatMap(\.sentences),
      sources: [data.source] + (base.map { [$0.source] } ?? []),
      arguments: training,
      defaultOutput: ModelCatalog.corpusModelPath(layer: "entities", revision: data.revision, corpusRoot: corpus.root))
  }
}
