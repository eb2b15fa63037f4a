import GlossCore

/// The 17 part-of-speech tags of Universal Dependencies (UPOS), the tag set
/// the shipped POS model (`Models/pos-en-ewt.glossmodel`) predicts and
/// CoNLL-U files carry in their fourth column.
///
/// The raw value is the tag as written (`PROPN`); the case order is UD's
/// alphabetical order, and a tag's position in ``allCases`` is the number
/// that files such as the lemma data (``LemmaData``) store.
public enum UniversalPartOfSpeech: String, Sendable, Hashable, CaseIterable {
  /// Adjective (`ADJ`).
  case adjective = "ADJ"
  /// Adposition: preposition or postposition (`ADP`).
  case adposition = "ADP"
  /// Adverb (`ADV`).
  case adverb = "ADV"
  /// Auxiliary verb (`AUX`).
  case auxiliary = "AUX"
  /// Coordinating conjunction (`CCONJ`).
  case coordinatingConjunction = "CCONJ"
  /// Determiner (`DET`).
  case determiner = "DET"
  /// Interjection (`INTJ`).
  case interjection = "INTJ"
  /// Common noun (`NOUN`).
  case noun = "NOUN"
  /// Numeral (`NUM`).
  case numeral = "NUM"
  /// Particle (`PART`).
  case particle = "PART"
  /// Pronoun (`PRON`).
  case pronoun = "PRON"
  /// Proper noun (`PROPN`).
  case properNoun = "PROPN"
  /// Punctuation (`PUNCT`).
  case punctuation = "PUNCT"
  /// Subordinating conjunction (`SCONJ`).
  case subordinatingConjunction = "SCONJ"
  /// Symbol (`SYM`).
  case symbol = "SYM"
  /// Verb (`VERB`).
  case verb = "VERB"
  /// Other: foreign words, unanalysable pieces (`X`).
  case other = "X"

  /// The tag's position in ``allCases`` (0 to 16): its number in files.
  public var number: Int {
    switch self {
    case .adjective: 0
    case .adposition: 1
    case .adverb: 2
    case .auxiliary: 3
    case .coordinatingConjunction: 4
    case .determiner: 5
    case .interjection: 6
    case .noun: 7
    case .numeral: 8
    case .particle: 9
    case .pronoun: 10
    case .properNoun: 11
    case .punctuation: 12
    case .subordinatingConjunction: 13
    case .symbol: 14
    case .verb: 15
    case .other: 16
    }
  }

  /// The tag numbered `number` (see ``number``), or `nil` past the last.
  public init?(number: Int) {
    guard Self.allCases.indices.contains(number) else { return nil }
    self = Self.allCases[number]
  }

  /// The WordNet part of speech whose lemmas and morphology a word of this
  /// tag has: nouns, verbs (auxiliaries too), adjectives and adverbs; `nil`
  /// for the other tags, which WordNet does not cover.
  public var wordNetPartOfSpeech: EnglishLexicon.PartOfSpeech? {
    switch self {
    case .noun: .noun
    case .verb, .auxiliary: .verb
    case .adjective: .adjective
    case .adverb: .adverb
    default: nil
    }
  }
}
