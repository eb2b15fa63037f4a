import GlossCore

/// The conventions of EWT that depend on the next word: a pronoun `her`
/// is a possessive (lemma `her`) before what it possesses and an object
/// (lemma `she`) elsewhere; an auxiliary `'s` is `have` before a perfect
/// participle (`it's been`, `he's got`) and `be` elsewhere.
extension Lemmatizer {
  /// The lemmas of a sentence's words, `tags[i]` being the tag of
  /// `forms[i]`: each word's ``lemma(of:tag:)``, but for the words whose
  /// lemma depends on the next word.
  ///
  /// - Precondition: `forms` and `tags` have the same count.
  public func lemmas(of forms: [String], tags: [UniversalPartOfSpeech]) -> [String] {
    precondition(forms.count == tags.count, "one tag for each word")
    var lemmas: [String] = []
    lemmas.reserveCapacity(forms.count)
    for index in forms.indices {
      lemmas.append(contextLemma(at: index, forms, tags) ?? lemma(of: forms[index], tag: tags[index]))
    }
    return lemmas
  }

  /// The tags of what a possessive `her` stands before (`her own car`,
  /// `her two sons`).
  private static let possessedTags: Set<UniversalPartOfSpeech> = [.noun, .adjective, .properNoun, .numeral]
  /// The participles after which an auxiliary `'s` is `have`.
  private static let perfectParticiples: Set<String> = ["been", "got", "gotten", "had"]
  private static let possessiveLemma = "her"
  private static let objectLemma = "she"
  private static let perfectLemma = "have"

  /// The lemma of `forms[index]` if the next word decides it.
  private func contextLemma(at index: Int, _ forms: [String], _ tags: [UniversalPartOfSpeech]) -> String? {
    switch tags[index] {
    case .pronoun where Self.equalsIgnoringASCIICase(forms[index], Self.possessiveLemma):
      let next = index + 1
      return next < tags.count && Self.possessedTags.contains(tags[next]) ? Self.possessiveLemma : Self.objectLemma
    case .auxiliary where forms[index] == "'s" || forms[index] == "’s":
      var next = index + 1
      if next < tags.count && tags[next] == .adverb { next += 1 }  // `'s never been`
      guard next < forms.count,
        Self.perfectParticiples.contains(where: { Self.equalsIgnoringASCIICase(forms[next], $0) })
      else { return nil }
      return Self.perfectLemma
    default:
      return nil
    }
  }

  /// Whether `word` is `lowerCase` but for the case of ASCII letters.
  private static func equalsIgnoringASCIICase(_ word: String, _ lowerCase: String) -> Bool {
    word.utf8.count == lowerCase.utf8.count
      && zip(word.utf8, lowerCase.utf8).allSatisfy { ASCIIByte.lowercased($0) == $1 }
  }
}
