import GlossCore

/// Building lemma data from WordNet and a treebank's training split.
extension LemmaData {
  /// Lemma data from WordNet's lemmas and exception lists and the
  /// conventions of a treebank's words (its training split only):
  ///
  /// - for each word in any case (ASCII letters folded) and tag, its most
  ///   frequent lemma, kept if the pair was seen ``LemmaLearningOptions/minimumCount``
  ///   times, the lemma has ``LemmaLearningOptions/minimumShare`` of them,
  ///   and the rules do not already give it for every spelling seen and for
  ///   the word in lower case, capitalized and in capitals (`asia` → `Asia`
  ///   is kept for the proper noun seen as `Asia`);
  /// - for each word as written and tag, the same, kept if what the word
  ///   gets without it (the entry above, or the rules) differs.
  ///
  /// Words or lemmas longer than ``maximumEntryLength`` bytes are left out.
  /// The same inputs give the same data, and so the same file bytes.
  public init(
    wordNet: WordNetFiles, treebank: [LemmaExample], treebankSource: TrainingProvenance.Source,
    options: LemmaLearningOptions = LemmaLearningOptions()
  ) {
    self.init(
      wordNetLemmas: wordNet.lemmas, exceptions: LemmaDictionary(entries: wordNet.exceptionEntries),
      conventions: LemmaDictionary(), sources: wordNet.sources + [treebankSource], options: options)
    conventions = LemmaDictionary(
      entries: Self.conventions(of: treebank, beyond: Lemmatizer(data: self), options: options))
  }

  /// A word (in any case, or as written) with a tag.
  private struct TaggedWord: Hashable {
    var word: String
    var tag: UniversalPartOfSpeech
  }

  /// The treebank's conventions that `rules` do not already follow.
  private static func conventions(
    of examples: [LemmaExample], beyond rules: Lemmatizer, options: LemmaLearningOptions
  ) -> [LemmaDictionary.Entry] {
    var byFoldedWord: [TaggedWord: [String: [String: Int]]] = [:]
    var byWord: [TaggedWord: [String: Int]] = [:]
    for example in examples
    where example.form.utf8.count <= maximumEntryLength && example.lemma.utf8.count <= maximumEntryLength {
      byFoldedWord[TaggedWord(word: folded(example.form), tag: example.tag), default: [:]][example.form, default: [:]][
        example.lemma, default: 0] += 1
      byWord[TaggedWord(word: example.form, tag: example.tag), default: [:]][example.lemma, default: 0] += 1
    }
    var entries: [LemmaDictionary.Entry] = []
    var foldedLemmas: [TaggedWord: String] = [:]
    for (key, forms) in byFoldedWord {
      let counts = forms.values.reduce(into: [String: Int]()) { total, lemmas in
        total.merge(lemmas, uniquingKeysWith: +)
      }
      guard let lemma = chosenLemma(counts, options) else { continue }
      let spellings = Set(forms.keys).union([key.word, capitalized(key.word), uppercased(key.word)])
      if spellings.allSatisfy({ rules.ruleLemma(of: $0, tag: key.tag) == lemma }) { continue }
      entries.append(
        LemmaDictionary.Entry(namespace: foldedNamespace(key.tag), key: Array(key.word.utf8), lemma: lemma))
      foldedLemmas[key] = lemma
    }
    for (key, counts) in byWord {
      guard let lemma = chosenLemma(counts, options) else { continue }
      let without =
        foldedLemmas[TaggedWord(word: folded(key.word), tag: key.tag)] ?? rules.ruleLemma(of: key.word, tag: key.tag)
      if without != lemma {
        entries.append(
          LemmaDictionary.Entry(namespace: exactNamespace(key.tag), key: Array(key.word.utf8), lemma: lemma))
      }
    }
    return entries
  }

  /// The most frequent lemma (of equals, the first in byte order) if it
  /// passes `options`' thresholds.
  private static func chosenLemma(_ counts: [String: Int], _ options: LemmaLearningOptions) -> String? {
    let total = counts.values.reduce(0, +)
    guard total >= options.minimumCount,
      let best = counts.max(by: {
        $0.value != $1.value ? $0.value < $1.value : $1.key.utf8.lexicographicallyPrecedes($0.key.utf8)
      }),
      Double(best.value) >= options.minimumShare * Double(total)
    else { return nil }
    return best.key
  }

  private static func folded(_ word: String) -> String {
    String(decoding: word.utf8.map(ASCIIByte.lowercased), as: UTF8.self)
  }

  private static func capitalized(_ word: String) -> String {
    String(
      decoding: word.utf8.enumerated().map { $0.offset == 0 ? ASCIIByte.uppercased($0.element) : $0.element },
      as: UTF8.self)
  }

  private static func uppercased(_ word: String) -> String {
    String(decoding: word.utf8.map(ASCIIByte.uppercased), as: UTF8.self)
  }
}
