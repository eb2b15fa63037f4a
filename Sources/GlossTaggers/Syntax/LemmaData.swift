import GlossCore

/// Everything a ``Lemmatizer`` knows, small enough to ship with Gloss
/// (`Models/lemmas-en.glosslemmas`) so that lemmatizing needs neither
/// WordNet nor a treebank at run time:
///
/// - WordNet's lemmas: which single words are noun, verb, adjective or
///   adverb lemmas, as 32-bit fingerprints (``EnglishLexicon``, without a
///   word list), against which WordNet's detachment rules check their
///   candidates;
/// - WordNet's exception lists: irregular forms and their lemmas, by part
///   of speech (`geese` → `goose`, `was` → `be`);
/// - the treebank's conventions: the lemmas a treebank gives words where
///   the rules above would give another (`n't` → `not`, `an` → `a`,
///   `'s` → `be` as an auxiliary, `Americans` → `American`), learned from
///   its training split (``init(wordNet:treebank:treebankSource:options:)``).
///
/// The file format is in `LemmaData+File.swift`.
public struct LemmaData: Sendable, Hashable {
  /// WordNet's single-word lemmas and their parts of speech.
  public var wordNetLemmas: EnglishLexicon
  /// WordNet's exception lists, in the namespace of their part of speech
  /// (``namespace(of:)``).
  package var exceptions: LemmaDictionary
  /// The treebank's conventions: by a tag's ``exactNamespace(_:)`` for a
  /// word as written, by its ``foldedNamespace(_:)`` for a word in any case.
  package var conventions: LemmaDictionary
  /// The files it was built from: WordNet's, then the treebank's.
  public var sources: [TrainingProvenance.Source]
  /// The thresholds the conventions were learned with.
  public var options: LemmaLearningOptions

  /// Data from its parts.
  package init(
    wordNetLemmas: EnglishLexicon, exceptions: LemmaDictionary, conventions: LemmaDictionary,
    sources: [TrainingProvenance.Source], options: LemmaLearningOptions
  ) {
    self.wordNetLemmas = wordNetLemmas
    self.exceptions = exceptions
    self.conventions = conventions
    self.sources = sources
    self.options = options
  }

  /// Empty data: a lemmatizer with it has only the rules for unknown words.
  public init() {
    self.init(
      wordNetLemmas: EnglishLexicon(), exceptions: LemmaDictionary(), conventions: LemmaDictionary(), sources: [],
      options: LemmaLearningOptions())
  }

  /// The number of WordNet exceptions.
  public var exceptionCount: Int { exceptions.count }

  /// The number of treebank conventions.
  public var conventionCount: Int { conventions.count }

  /// The namespace of WordNet's exceptions of `partOfSpeech`: its position
  /// in ``EnglishLexicon/PartOfSpeech/allCases``.
  package static func namespace(of partOfSpeech: EnglishLexicon.PartOfSpeech) -> UInt8 {
    UInt8(EnglishLexicon.PartOfSpeech.allCases.firstIndex(of: partOfSpeech) ?? 0)
  }

  /// The namespace of conventions for a word of `tag` as written: the
  /// tag's ``UniversalPartOfSpeech/number``.
  package static func exactNamespace(_ tag: UniversalPartOfSpeech) -> UInt8 { UInt8(tag.number) }

  /// Where the namespaces of conventions for a word in any case start.
  package static let foldedNamespaceBase: UInt8 = 32

  /// The namespace of conventions for a word of `tag` in any case (keys
  /// stored with ASCII letters in lower case).
  package static func foldedNamespace(_ tag: UniversalPartOfSpeech) -> UInt8 {
    foldedNamespaceBase + UInt8(tag.number)
  }
}
