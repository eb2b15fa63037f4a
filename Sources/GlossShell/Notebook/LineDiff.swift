/// A unified-style diff of two texts, line by line (a longest common
/// subsequence; notebook outputs are small).
public enum LineDiff {
  /// One step of the edit script.
  private enum Edit { case same(Int, Int), removed(Int), added(Int) }

  /// The hunks that turn `old` into `new`, with `context` unchanged lines
  /// around each change, in the `@@ -a,b +c,d @@` form; empty when equal.
  public static func unified(old: String, new: String, context: Int = 3) -> String {
    let a = lines(old)
    let b = lines(new)
    // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
    var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    var edits: [Edit] = []
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count && j < b.count && a[i] == b[j] {
        edits.append(.same(i, j))
        i += 1
        j += 1
      } else if i < a.count && (j == b.count || lengths[i + 1][j] >= lengths[i][j + 1]) {
        edits.append(.removed(i))
        i += 1
      } else {
        edits.append(.added(j))
        j += 1
      }
    }
    let changed = edits.indices.filter { if case .same = edits[$0] { return false } else { return true } }
    guard !changed.isEmpty else { return "" }
    // Group changes whose context overlaps into hunks.
    var groups: [ClosedRange<Int>] = []
    for index in changed {
      let low = max(0, index - context)
      let high = min(edits.count - 1, index + context)
      if let last = groups.last, low <= last.upperBound + 1 {
        groups[groups.count - 1] = last.lowerBound...high
      } else {
        groups.append(low...high)
      }
    }
    var text = ""
    for group in groups {
      var oldStart: Int?
      var newStart: Int?
      var oldCount = 0
      var newCount = 0
      var body = ""
      for edit in edits[group] {
        switch edit {
        case .same(let x, let y):
          oldStart = oldStart ?? x
          newStart = newStart ?? y
          oldCount += 1
          newCount += 1
          body += " " + a[x] + "\n"
        case .removed(let x):
          oldStart = oldStart ?? x
          oldCount += 1
          body += "-" + a[x] + "\n"
        case .added(let y):
          newStart = newStart ?? y
          newCount += 1
          body += "+" + b[y] + "\n"
        }
      }
      let oldFirst = oldCount == 0 ? position(before: group.lowerBound, in: edits, old: true) : (oldStart ?? 0) + 1
      let newFirst = newCount == 0 ? position(before: group.lowerBound, in: edits, old: false) : (newStart ?? 0) + 1
      text += "@@ -\(oldFirst),\(oldCount) +\(newFirst),\(newCount) @@\n" + body
    }
    return text
  }

  /// The 1-based line before an empty side of a hunk (0 at the top).
  private static func position(before index: Int, in edits: [Edit], old: Bool) -> Int {
    var count = 0
    for edit in edits[..<index] {
      switch edit {
      case .same: count += 1
      case .removed: if old { count += 1 }
      case .added: if !old { count += 1 }
      }
    }
    return count
  }

  /// The lines of `text` (a final newline ends the last line, it adds none).
  private static func lines(_ text: String) -> [String] {
    var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if result.last == "" { result.removeLast() }
    return result
  }
}
