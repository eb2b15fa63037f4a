import GlossTaggers

/// A lemma a ``Lemmatizer`` got wrong, with how often: what is left to fix,
/// for the report of a ``LemmaEvaluation``.
public struct LemmaMistake: Sendable, Hashable {
  /// The word as written.
  public var form: String
  /// The tag the lemmatizer was given.
  public var tag: UniversalPartOfSpeech
  /// The tag in the gold data.
  public var goldTag: UniversalPartOfSpeech
  /// The gold lemma.
  public var goldLemma: String
  /// The lemmatizer's.
  public var lemma: String
  /// How many times this mistake was made.
  public var count: Int

  /// Creates a mistake record.
  public init(
    form: String, tag: UniversalPartOfSpeech, goldTag: UniversalPartOfSpeech, goldLemma: String, lemma: String,
    count: Int
  ) {
    self.form = form
    self.tag = tag
    self.goldTag = goldTag
    self.goldLemma = goldLemma
    self.lemma = lemma
    self.count = count
  }
}
