import GlossCore
import GlossTaggers

/// Training a parser from CoNLL-U files the way `gloss train parser` does:
/// the training trees with predicted tags and lemmas (``ParserTrainingData``),
/// the parser trained on them, and each pass's parser measured on a
/// development file with the shipped tagger and lemmatizer.
public struct ParserTrainingRun: Sendable {
  /// The training CoNLL-U file.
  public var trainingFile: String
  /// A development CoNLL-U file to measure each pass on, if any.
  public var developmentFile: String?
  /// Where the training tags and lemmas come from.
  public var tagSource: ParserTrainingData.TagSource
  /// The parts of jackknifing.
  public var folds: Int
  /// The parser's training options.
  public var options: ParserTrainingOptions
  /// The POS models' training options when jackknifing.
  public var taggerOptions: TrainingOptions
  /// A file to write the training sentences with their predicted tags and
  /// lemmas to (CoNLL-U), to train on again with ``TagSource/file``.
  public var taggedOutput: String?

  /// A run; the POS options default to the shipped model's, without its
  /// English lexicon and clusters.
  public init(
    trainingFile: String, developmentFile: String? = nil, tagSource: ParserTrainingData.TagSource = .jackknife,
    folds: Int = 5, options: ParserTrainingOptions = ParserTrainingOptions(),
    taggerOptions: TrainingOptions = TrainingOptions(
      epochs: 10, hashBits: 18, lexiconMinimumCount: 20, minimumWeight: 0.5),
    taggedOutput: String? = nil
  ) {
    self.trainingFile = trainingFile
    self.developmentFile = developmentFile
    self.tagSource = tagSource
    self.folds = folds
    self.options = options
    self.taggerOptions = taggerOptions
    self.taggedOutput = taggedOutput
  }

  /// Trains; `report` receives one line per stage and pass.
  public func run(tagger: SequenceModel, lemmatizer: Lemmatizer, report: (String) -> Void) throws -> DependencyParser {
    let loaded = try TrainingData.dependencies(conlluAt: trainingFile)
    let examples: [DependencyExample]
    switch tagSource {
    case .file: examples = loaded.sentences
    case .model: examples = ParserTrainingData.tagged(loaded, tagger: tagger, lemmatizer: lemmatizer)
    case .jackknife:
      examples = ParserTrainingData.jackknifed(
        loaded, folds: folds, options: taggerOptions, lemmatizer: lemmatizer
      ) { report("jackknifing: POS model \($0)/\(folds)") }
    }
    if let taggedOutput { try AtomicFile.write(ParserTrainingData.conllu(examples), toPath: taggedOutput) }
    let development = try developmentFile.map { try TrainingData.dependencies(conlluAt: $0) }
    return DependencyParser.train(
      examples, options: options, sources: [loaded.source], snapshots: development != nil
    ) { progress, snapshot in
      var line =
        "pass \(progress.iteration): transitions \(Self.percent(progress.transitionAccuracy)), relations \(Self.percent(progress.relationAccuracy))"
      if let snapshot, let development {
        let score = SyntaxEvaluation.evaluate(
          SyntaxPipeline(tagger: tagger, lemmatizer: lemmatizer, parser: snapshot), on: development)
        line +=
          "; dev UAS \(Self.percent(score.unlabeledAttachment)) LAS \(Self.percent(score.labeledAttachment))"
      }
      report(line)
    }
  }

  private static func percent(_ share: Double) -> String {
    let hundredths = Int((share * 10_000).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)%"
  }
}

extension ParserTrainingData {
  /// `examples` as CoNLL-U (ID, FORM, LEMMA, UPOS, HEAD and DEPREL filled,
  /// the other columns `_`).
  public static func conllu(_ examples: [DependencyExample]) -> [UInt8] {
    var text = ""
    for example in examples {
      for index in 0..<example.tokens.count {
        let columns = [
          "\(index + 1)", example.tokens.word(at: index), example.lemmas[index], example.tags[index].rawValue, "_",
          "_", "\(example.heads[index])", example.relations[index], "_", "_",
        ]
        text += columns.joined(separator: "\t") + "\n"
      }
      text += "\n"
    }
    return Array(text.utf8)
  }
}
