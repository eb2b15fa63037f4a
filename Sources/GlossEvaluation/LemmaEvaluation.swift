import GlossCore
import GlossTaggers

/// Lemma accuracy of a ``Lemmatizer`` on gold CoNLL-U (gold tokenization):
/// with the gold UPOS tags, and with the tags a POS model predicts, so the
/// cost of tagging errors shows apart from the lemmatizer's own.
public struct LemmaEvaluation: Sendable {
  /// The file measured on (name, digest, sentence and word counts).
  public var data: TrainingProvenance.Source
  /// Words lemmatized.
  public var words: Int
  /// Words whose lemma matches the gold, given the gold tags.
  public var correctWithGoldTags: Int
  /// Words whose lemma matches the gold, given the tagger's tags; `nil`
  /// when no tagger was given.
  public var correctWithPredictedTags: Int?
  /// Words whose predicted tag matches the gold; `nil` without a tagger.
  public var correctTags: Int?
  /// Seconds spent lemmatizing the file with gold tags (not reading, not
  /// tagging).
  public var seconds: Double
  /// The most frequent mistakes with predicted tags (with gold tags when
  /// there is no tagger), most frequent first.
  public var mistakes: [LemmaMistake]

  /// `correctWithGoldTags / words`.
  public var accuracyWithGoldTags: Double { words == 0 ? 0 : Double(correctWithGoldTags) / Double(words) }

  /// `correctWithPredictedTags / words`, without a tagger `nil`.
  public var accuracyWithPredictedTags: Double? {
    correctWithPredictedTags.map { words == 0 ? 0 : Double($0) / Double(words) }
  }

  /// Words lemmatized per second, with gold tags.
  public var wordsPerSecond: Double { seconds > 0 ? Double(words) / seconds : 0 }

  /// How many of the most frequent mistakes a report keeps.
  public static let reportedMistakes = 40

  /// Lemmatizes every sentence of the CoNLL-U file at `path` with its gold
  /// tags and, if `tagger` (a UPOS model such as
  /// `Models/pos-en-ewt.glossmodel`) is given, with the tags it predicts.
  public static func evaluate(_ lemmatizer: Lemmatizer, conlluAt path: String, tagger: SequenceModel? = nil) throws
    -> LemmaEvaluation
  {
    let loaded = try TrainingData.lemmas(conlluAt: path)
    let forms = loaded.sentences.map { $0.map(\.form) }
    let goldTags = loaded.sentences.map { $0.map(\.tag) }
    var goldTagLemmas: [[String]] = []
    goldTagLemmas.reserveCapacity(forms.count)
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      for (sentence, tags) in zip(forms, goldTags) { goldTagLemmas.append(lemmatizer.lemmas(of: sentence, tags: tags)) }
    }
    var report = LemmaEvaluation(
      data: loaded.source, words: forms.reduce(0) { $0 + $1.count }, correctWithGoldTags: 0, seconds: elapsed.seconds,
      mistakes: [])
    var mistakes: [LemmaMistake: Int] = [:]
    func score(_ lemmas: [[String]], _ tags: [[UniversalPartOfSpeech]]) -> Int {
      mistakes = [:]
      var correct = 0
      for (sentence, (predicted, sentenceTags)) in zip(loaded.sentences, zip(lemmas, tags)) {
        for (word, (lemma, tag)) in zip(sentence, zip(predicted, sentenceTags)) {
          if lemma == word.lemma {
            correct += 1
          } else {
            let mistake = LemmaMistake(
              form: word.form, tag: tag, goldTag: word.tag, goldLemma: word.lemma, lemma: lemma, count: 0)
            mistakes[mistake, default: 0] += 1
          }
        }
      }
      return correct
    }
    report.correctWithGoldTags = score(goldTagLemmas, goldTags)
    if let tagger {
      var workspace = SequenceModel.Workspace()
      var predictedTags: [[UniversalPartOfSpeech]] = []
      var correctTags = 0
      for (sentence, gold) in zip(forms, goldTags) {
        tagger.tag(TokenSequence(words: sentence), workspace: &workspace)
        let tags = workspace.labels.map { UniversalPartOfSpeech(rawValue: tagger.labels[$0]) ?? .other }
        correctTags += zip(tags, gold).filter { $0 == $1 }.count
        predictedTags.append(tags)
      }
      let lemmas = zip(forms, predictedTags).map { lemmatizer.lemmas(of: $0, tags: $1) }
      report.correctWithPredictedTags = score(lemmas, predictedTags)
      report.correctTags = correctTags
    }
    report.mistakes = mistakes.map { mistake, count in
      var counted = mistake
      counted.count = count
      return counted
    }
    .sorted {
      $0.count != $1.count
        ? $0.count > $1.count
        : [$0.form, $0.tag.rawValue, $0.goldLemma, $0.lemma].lexicographicallyPrecedes([
          $1.form, $1.tag.rawValue, $1.goldLemma, $1.lemma,
        ])
    }
    .prefix(reportedMistakes).map { $0 }
    return report
  }
}

extension Duration {
  /// The duration in seconds.
  fileprivate var seconds: Double {
    Double(components.seconds) + Double(components.attoseconds) * 1e-18
  }
}
