/// How a token sequence with repetitions (`+`, `*`, `{n,m}`) is matched, after
/// CQP's matching strategies (`set matching …` in the shell).
public enum SequenceMatching: String, Sendable, Hashable, CaseIterable {
  /// For every start token, the shortest match (`[shape="Xxxxx"]+` finds each
  /// capitalized word alone).
  case shortest
  /// For every start token, the longest match; a match that lies inside the
  /// match of an earlier start is dropped, so `[shape="Xxxxx"]+` finds
  /// "Christiana Figueres" once. The default.
  case standard
  /// For every start token, the longest match, overlapping ones included.
  case longest
}
