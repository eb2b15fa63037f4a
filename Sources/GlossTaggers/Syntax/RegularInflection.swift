import GlossCore

/// The lemma of a word WordNet does not know, by the rules of regular
/// English inflection: plurals and third persons in `-s`/`-es`/`-ies`, past
/// tenses and participles in `-ed`/`-ied`/`-ing` (a doubled consonant
/// undoubled, a silent `e` put back), comparatives in `-ier`/`-iest`.
///
/// Words come in lower case, as bytes; the answer is the part of the word
/// to keep and what to append to it, so no string is built here.
package enum RegularInflection {
  /// The kept part of a word and the ending appended to it.
  package typealias Lemma = (stem: Range<Int>, ending: [UInt8])

  private static let y = Array("y".utf8)
  private static let e = Array("e".utf8)
  private static let s = Array("s".utf8)
  private static let ies = Array("ies".utf8)
  private static let ied = Array("ied".utf8)
  private static let ier = Array("ier".utf8)
  private static let iest = Array("iest".utf8)
  private static let ying = Array("ying".utf8)
  private static let ing = Array("ing".utf8)
  private static let ed = Array("ed".utf8)
  private static let oes = Array("oes".utf8)

  /// The shortest word whose `-ies`, `-ied`, `-ier` or `-iest` is read as
  /// an inflection of a word in `-y` (`ties` is not `ty` + `-s`).
  private static let minimumLengthForY = 5
  /// The shortest word whose `-ing` or `-ed` is read as an ending (`sing`,
  /// `bed` are not).
  private static let minimumLengthForIng = 6
  private static let minimumLengthForEd = 5
  /// The shortest noun or verb whose final `s` is read as an ending.
  private static let minimumLengthForNounS = 3
  private static let minimumLengthForVerbS = 4
  /// How far from its end a `.` makes a word a file name or abbreviation
  /// (`enron.xls`, `p.m`) whose `s` is no plural.
  private static let fileExtensionReach = 5

  /// Endings after which `-es` is an ending and its `e` goes too.
  private static let sibilantEndings = ["sses", "shes", "ches", "xes", "zes"].map { Array($0.utf8) }
  /// Endings of a noun or verb whose final `s` is no ending (`gas`, `bus`,
  /// `thesis`).
  private static let unpluralEndings = ["ss", "us", "is"].map { Array($0.utf8) }
  /// Consonants that English doubles at the end of a stem without the
  /// double being an inflection's (`fall`, `pass`, `staff`, `buzz`).
  private static let doubledInStems = Array("lsfz".utf8)
  /// Stem endings that lost a silent `e` before `-ing`/`-ed`: `curat-ing`,
  /// `organiz-ed`, `reduc-ing`, `solv-ed`, `judg-ing`, `troubl-ed`.
  private static let silentEEndings = [
    "at", "iz", "yz", "uc", "ac", "ec", "oc", "v", "dg", "bl", "pl", "tl", "dl", "gl", "kl", "fl", "zl", "cl", "ur",
    "ut", "rs", "ns", "ls", "ang", "ung", "rg", "lg", "anc", "enc",
  ].map { Array($0.utf8) }

  /// The lemma of `bytes[range]` (lower case) as a word of `partOfSpeech`.
  package static func lemma(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, as partOfSpeech: EnglishLexicon.PartOfSpeech
  ) -> Lemma {
    let word = Word(bytes: bytes, range: range)
    switch partOfSpeech {
    case .noun: return nounLemma(word)
    case .verb: return verbLemma(word)
    case .adjective: return adjectiveLemma(word)
    case .adverb: return (range, [])
    }
  }

  private static func nounLemma(_ word: Word) -> Lemma {
    if word.hasDot(within: fileExtensionReach) { return word.unchanged }
    if word.count >= minimumLengthForY, word.endsWith(ies) { return word.replacing(3, with: y) }
    if sibilantEndings.contains(where: word.endsWith) { return word.dropping(2) }
    if word.count >= minimumLengthForNounS, word.endsWith(s), !unpluralEndings.contains(where: word.endsWith) {
      return word.dropping(1)
    }
    return word.unchanged
  }

  private static func verbLemma(_ word: Word) -> Lemma {
    if word.count >= minimumLengthForY, word.endsWith(ies) || word.endsWith(ied) { return word.replacing(3, with: y) }
    if word.count >= minimumLengthForY, word.endsWith(ying) { return word.dropping(3) }
    if word.count >= minimumLengthForIng, word.endsWith(ing) { return restoringE(word, dropping: 3) }
    if word.count >= minimumLengthForEd, word.endsWith(ed) { return restoringE(word, dropping: 2) }
    if sibilantEndings.contains(where: word.endsWith) || word.endsWith(oes) { return word.dropping(2) }
    if word.count >= minimumLengthForVerbS, word.endsWith(s), !unpluralEndings.contains(where: word.endsWith) {
      return word.dropping(1)
    }
    return word.unchanged
  }

  private static func adjectiveLemma(_ word: Word) -> Lemma {
    if word.count > minimumLengthForY + 1, word.endsWith(iest) { return word.replacing(4, with: y) }
    if word.count > minimumLengthForY, word.endsWith(ier) { return word.replacing(3, with: y) }
    return word.unchanged
  }

  /// The stem left when `count` bytes of ending go: undoubled if it ends in
  /// a doubled consonant (`xferr` → `xfer`), with its silent `e` back if it
  /// ends like a stem that had one (`curat` → `curate`).
  private static func restoringE(_ word: Word, dropping count: Int) -> Lemma {
    let stem = word.dropping(count)
    let stemWord = Word(bytes: word.bytes, range: stem.stem)
    if stemWord.count >= 3 {
      let last = word.bytes[stem.stem.upperBound - 1]
      if last == word.bytes[stem.stem.upperBound - 2] && !ASCIIByte.isVowel(last) && !doubledInStems.contains(last) {
        return stemWord.dropping(1)
      }
    }
    return silentEEndings.contains(where: stemWord.endsWith) ? (stem.stem, e) : stem
  }

  /// A word in place, with the tests the rules make of its end.
  private struct Word {
    let bytes: UnsafeBufferPointer<UInt8>
    let range: Range<Int>

    var count: Int { range.count }

    var unchanged: Lemma { (range, []) }

    func endsWith(_ ending: [UInt8]) -> Bool {
      guard ending.count <= range.count else { return false }
      let start = range.upperBound - ending.count
      return ending.indices.allSatisfy { bytes[start + $0] == ending[$0] }
    }

    func dropping(_ count: Int) -> Lemma { (range.lowerBound..<(range.upperBound - count), []) }

    func replacing(_ count: Int, with ending: [UInt8]) -> Lemma {
      (range.lowerBound..<(range.upperBound - count), ending)
    }

    /// Whether a `.` is among the `reach` bytes before the last.
    func hasDot(within reach: Int) -> Bool {
      let start = max(range.lowerBound, range.upperBound - reach)
      return (start..<max(start, range.upperBound - 1)).contains { bytes[$0] == UInt8(ascii: ".") }
    }
  }
}
