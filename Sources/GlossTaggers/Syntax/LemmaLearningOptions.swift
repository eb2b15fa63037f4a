import GlossCore

/// How sure a treebank must be of a word's lemma before ``LemmaData`` keeps
/// it as a convention: the thresholds, chosen on EWT dev (see
/// `docs/lemmas.md`).
///
/// A (word, tag) pair becomes a table entry when it was seen at least
/// ``minimumCount`` times, its most frequent lemma has at least
/// ``minimumShare`` of them, and that lemma is not what the rules give
/// anyway.
public struct LemmaLearningOptions: Sendable, Hashable {
  /// The fewest occurrences a (word, tag) pair needs. On EWT dev every
  /// higher count cost accuracy: the treebank's single occurrences (names
  /// written in lower case, its spelling corrections) recur.
  public static let defaultMinimumCount = 1
  /// The least share of its occurrences the chosen lemma must have. On EWT
  /// dev 0.75 was best of 0.34, 0.5, 0.6, 0.75 and 0.9.
  public static let defaultMinimumShare = 0.75

  /// The fewest occurrences a (word, tag) pair needs.
  public var minimumCount: Int
  /// The least share of its occurrences the chosen lemma must have.
  public var minimumShare: Double

  /// Options with the given thresholds (by default those chosen on EWT dev).
  public init(minimumCount: Int = defaultMinimumCount, minimumShare: Double = defaultMinimumShare) {
    self.minimumCount = minimumCount
    self.minimumShare = minimumShare
  }
}
