/// Projective trees, which the arc-hybrid system can build: every word
/// between a head and its dependent descends from the head.
///
/// Trees are given as heads: `heads[i]` is the head of word `i + 1`
/// (1-based), 0 for the root.
public enum Projectivity {
  /// Whether the tree `heads` is projective.
  public static func isProjective(_ heads: [Int32]) -> Bool {
    shortestNonProjectiveArc(heads) == nil
  }

  /// The tree `heads` made projective by lifting: while an arc crosses
  /// another, its dependent's head becomes its head's head (the shortest
  /// crossing arc first, the leftmost of equal ones). Relations are kept;
  /// the lifted words hang higher than in the gold tree, as close as a
  /// projective tree allows (Nivre and Nilsson 2005, without the label
  /// encoding that would undo the lifts).
  public static func projectivized(_ heads: [Int32]) -> [Int32] {
    var result = heads
    while let dependent = shortestNonProjectiveArc(result) {
      let head = Int(result[dependent - 1])
      result[dependent - 1] = result[head - 1]
    }
    return result
  }

  /// The dependent (1-based) of the shortest non-projective arc, or nil.
  private static func shortestNonProjectiveArc(_ heads: [Int32]) -> Int? {
    var best: (length: Int, dependent: Int)?
    for (index, head) in heads.enumerated() where head > 0 {
      let dependent = index + 1
      let h = Int(head)
      let length = abs(h - dependent)
      if let best, best.length <= length { continue }
      let between = min(h, dependent) + 1..<max(h, dependent)
      if between.contains(where: { !descends($0, from: h, heads) }) { best = (length, dependent) }
    }
    return best?.dependent
  }

  /// Whether word `word` descends from `ancestor` (a cycle counts as no).
  private static func descends(_ word: Int, from ancestor: Int, _ heads: [Int32]) -> Bool {
    var current = word
    for _ in 0...heads.count {
      if current == ancestor { return true }
      if current == 0 { return false }
      current = Int(heads[current - 1])
    }
    return false
  }
}
