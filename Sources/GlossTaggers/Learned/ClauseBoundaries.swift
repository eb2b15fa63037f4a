/// Clauses as per-token labels of a ``SequenceModel``, and back.
///
/// Each token gets one label `STARTS|ENDS`: `STARTS` lists the types of the
/// clauses that begin at the token, outermost first, joined with `+` (`-`
/// for none), and `ENDS` is how many clauses end at it (at most 3). So start
/// and end are classified together, token by token, and ``assemble(_:)``
/// rebuilds well-nested clauses with a stack.
public enum ClauseBoundaries {
  /// One clause over token indices (half-open) with its type.
  public struct Clause: Sendable, Hashable, Comparable {
    /// `MAIN`, `SUB` or `REL`.
    public var label: String
    /// First token.
    public var start: Int
    /// One past the last token.
    public var end: Int

    /// Creates a clause.
    public init(label: String, start: Int, end: Int) {
      self.label = label
      self.start = start
      self.end = end
    }

    /// Text order, outer before inner.
    public static func < (a: Clause, b: Clause) -> Bool {
      (a.start, -a.end, a.label) < (b.start, -b.end, b.label)
    }
  }

  /// The most clauses counted as ending at one token.
  static let maximumEnds = 3

  /// The labels of `clauses` over `count` tokens.
  public static func labels(_ clauses: [Clause], count: Int) -> [String] {
    var starts = [[String]](repeating: [], count: count)
    var ends = [Int](repeating: 0, count: count)
    for clause in clauses.sorted() where clause.start < clause.end && clause.end <= count {
      starts[clause.start].append(clause.label)
      ends[clause.end - 1] += 1
    }
    return (0..<count).map {
      (starts[$0].isEmpty ? "-" : starts[$0].joined(separator: "+")) + "|" + String(min(ends[$0], maximumEnds))
    }
  }

  /// Well-nested clauses from labels (which may be inconsistent): starts
  /// open clauses on a stack, ends close the innermost open ones, and
  /// clauses still open at the end of the sentence close there.
  public static func assemble(_ labels: [String]) -> [Clause] {
    var open: [(label: String, start: Int)] = []
    var result: [Clause] = []
    for (index, label) in labels.enumerated() {
      let parts = label.split(separator: "|", omittingEmptySubsequences: false)
      let starts = parts.first.map { $0 == "-" ? [] : $0.split(separator: "+").map(String.init) } ?? []
      for type in starts { open.append((type, index)) }
      let ends = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
      for _ in 0..<ends {
        guard let innermost = open.popLast() else { break }
        result.append(Clause(label: innermost.label, start: innermost.start, end: index + 1))
      }
    }
    while let innermost = open.popLast() {
      result.append(Clause(label: innermost.label, start: innermost.start, end: labels.count))
    }
    return result.sorted()
  }
}
