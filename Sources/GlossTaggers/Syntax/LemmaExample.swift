import GlossCore

/// A word of a treebank with its gold lemma and part of speech: what
/// ``LemmaData`` learns the treebank's conventions from, and what a
/// lemmatizer is measured against.
public struct LemmaExample: Sendable, Hashable {
  /// The word as written.
  public var form: String
  /// Its lemma, as the treebank gives it.
  public var lemma: String
  /// Its part of speech.
  public var tag: UniversalPartOfSpeech

  /// Creates an example.
  public init(form: String, lemma: String, tag: UniversalPartOfSpeech) {
    self.form = form
    self.lemma = lemma
    self.tag = tag
  }
}
