import GlossCore

/// Lemmas of nouns, verbs, adjectives and adverbs: WordNet's morphology,
/// then the rules of regular inflection.
extension Lemmatizer {
  /// The lemma of a noun, verb, adjective or adverb whose bytes, already in
  /// lower case, are `lower`: a possessive `'s` comes off, then WordNet's
  /// exception list of `partOfSpeech`, WordNet's detachment rules (in
  /// `morphy`'s order) whose result is a WordNet lemma of `partOfSpeech`,
  /// the word itself if it is such a lemma, the word with its letters
  /// lengthened for expression shortened again (`sooooo` → `so`) if that is
  /// a lemma, and ``RegularInflection`` (which takes no `s` off an
  /// `acronym`, a word written in capitals: `VHS`, `ETS`).
  func wordLemma(_ lower: UnsafeBufferPointer<UInt8>, _ partOfSpeech: EnglishLexicon.PartOfSpeech, acronym: Bool)
    -> String
  {
    let word = Self.withoutPossessive(lower, 0..<lower.count)
    if let lemma = data.exceptions.lemma(in: LemmaData.namespace(of: partOfSpeech), lower, word, folding: false) {
      return lemma
    }
    for rule in Self.detachmentRules(partOfSpeech) {
      guard let stem = EnglishLexicon.stem(lower, word, detaching: rule.ending),
        data.wordNetLemmas.isLemma(lower, stem: stem, replacement: rule.replacement, of: partOfSpeech)
      else { continue }
      return Self.string(lower, stem, appending: rule.replacement)
    }
    if data.wordNetLemmas.isLemma(lower, stem: word, replacement: [], of: partOfSpeech) {
      return Self.string(lower, word)
    }
    if let lemma = unlengthenedLemma(lower, word, partOfSpeech) { return lemma }
    if acronym { return Self.string(lower, word) }
    let regular = RegularInflection.lemma(lower, word, as: partOfSpeech)
    return Self.string(lower, regular.stem, appending: regular.ending)
  }

  /// The fewest repeats of one letter that English spelling never has and
  /// writers use for emphasis (`soooo`, `veryyy`, `plllz`).
  private static let lengthenedRun = 3

  /// `bytes[word]` with every run of ``lengthenedRun`` or more of a letter
  /// cut to two letters, or failing that to one, if the result is a lemma
  /// of `partOfSpeech`.
  private func unlengthenedLemma(
    _ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, _ partOfSpeech: EnglishLexicon.PartOfSpeech
  ) -> String? {
    let lengthened = word.contains { index in
      index - word.lowerBound >= Self.lengthenedRun - 1 && ASCIIByte.isLowercase(bytes[index])
        && (1..<Self.lengthenedRun).allSatisfy { bytes[index - $0] == bytes[index] }
    }
    guard lengthened else { return nil }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { buffer in
      for keep in [2, 1] {
        var count = 0
        var runStart = word.lowerBound
        while runStart < word.upperBound {
          var runEnd = runStart + 1
          while runEnd < word.upperBound && bytes[runEnd] == bytes[runStart] { runEnd += 1 }
          let length = runEnd - runStart
          for _ in 0..<(length >= Self.lengthenedRun ? keep : length) {
            buffer[count] = bytes[runStart]
            count += 1
          }
          runStart = runEnd
        }
        let candidate = UnsafeBufferPointer(rebasing: buffer[..<count])
        if data.wordNetLemmas.isLemma(candidate, stem: 0..<count, replacement: [], of: partOfSpeech) {
          return Self.string(candidate, 0..<count)
        }
      }
      return nil
    }
  }

  /// WordNet's detachment rules (``EnglishLexicon/rules``) of each part of
  /// speech, as (ending, replacement) pairs in `morphy`'s order.
  private static let nounRules = rules(of: .noun)
  private static let verbRules = rules(of: .verb)
  private static let adjectiveRules = rules(of: .adjective)
  private static let adverbRules = rules(of: .adverb)

  private static func rules(of partOfSpeech: EnglishLexicon.PartOfSpeech) -> [(ending: [UInt8], replacement: [UInt8])] {
    EnglishLexicon.rules.filter { $0.partOfSpeech == partOfSpeech }.map { ($0.ending, $0.replacement) }
  }

  /// The detachment rules of `partOfSpeech`.
  static func detachmentRules(_ partOfSpeech: EnglishLexicon.PartOfSpeech) -> [(ending: [UInt8], replacement: [UInt8])]
  {
    switch partOfSpeech {
    case .noun: nounRules
    case .verb: verbRules
    case .adjective: adjectiveRules
    case .adverb: adverbRules
    }
  }

  /// The possessive endings a word can carry when the tokenizer left them on
  /// (`area's`, `let's`): the ASCII apostrophe's and the typographic one's.
  private static let possessives: [[UInt8]] = [Array("'s".utf8), Array("’s".utf8)]

  /// `range` without a possessive ending, if it has one after at least one
  /// byte.
  private static func withoutPossessive(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    for ending in possessives where range.count > ending.count {
      let start = range.upperBound - ending.count
      if (0..<ending.count).allSatisfy({ bytes[start + $0] == ending[$0] }) { return range.lowerBound..<start }
    }
    return range
  }
}
