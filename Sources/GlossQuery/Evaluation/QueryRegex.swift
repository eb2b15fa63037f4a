/// A regular expression of the query language, compiled to a program that
/// is run by simulating all its states at once (a Thompson NFA, as in
/// Pike's VM): testing a value costs at most its length times the program's
/// size, whatever the pattern, so `(a+)+$` cannot blow up the way a
/// backtracking engine does. The syntax it accepts is in `QUERY.md`;
/// ``QueryRegexParser`` reads it.
///
/// Matching reports only whether the pattern occurs somewhere in the value
/// (no captures), over the value's Unicode scalars. Long runs count their
/// steps in a ``RegexSteps`` so a time limit or a cancellation stops them.
struct QueryRegex {
  enum Instruction {
    /// One scalar equal to this one.
    case scalar(Unicode.Scalar)
    /// One scalar in the set.
    case set(Int)
    /// Any one scalar.
    case any
    /// Try both targets.
    case split(Int, Int)
    case jump(Int)
    case assert(Assertion)
    case match
  }

  enum Assertion {
    case start, end, wordBoundary, notWordBoundary
  }

  let program: [Instruction]
  let sets: [ScalarSet]
  let ignoresCase: Bool

  /// Compiles `pattern`, throwing for syntax it does not know, with the
  /// scalar offset in the pattern.
  init(_ pattern: String, ignoresCase: Bool = false) throws(QueryRegexError) {
    var parser = QueryRegexParser(pattern)
    let parsed = try parser.parse()
    var compiler = Compiler(ignoresCase: ignoresCase || parsed.ignoresCase)
    try compiler.emit(parsed.node)
    compiler.program.append(.match)
    program = compiler.program
    sets = compiler.sets
    self.ignoresCase = ignoresCase || parsed.ignoresCase
    scratch = Scratch(count: program.count)
    if case .assert(.start) = program[0] { isAnchored = true } else { isAnchored = false }
  }

  /// The buffers of ``matches(in:steps:)``, kept between calls so that
  /// testing many short values (a lexicon) allocates nothing per value.
  private final class Scratch {
    var current: [Int32] = []
    var next: [Int32] = []
    var stack: [Int32] = []
    /// Per instruction, the last step it was added at.
    var seen: [Int]
    /// The step counter, never reset, so `seen` needs no clearing.
    var step = 0

    init(count: Int) {
      seen = [Int](repeating: -1, count: count)
    }
  }

  private let scratch: Scratch
  /// Whether every match must start at the value's start (the program
  /// begins with `^`), so no attempt starts later.
  private let isAnchored: Bool

  /// Whether the pattern occurs somewhere in `value`.
  func matches(in value: String, steps: RegexSteps? = nil) throws(QueryInterruption) -> Bool {
    let scratch = self.scratch
    // The buffers are moved out of the scratch object while matching (no
    // copy, and no exclusivity check per access) and put back after.
    var current = scratch.current
    var next = scratch.next
    var stack = scratch.stack
    var seen = scratch.seen
    scratch.current = []
    scratch.next = []
    scratch.stack = []
    scratch.seen = []
    current.removeAll(keepingCapacity: true)
    next.removeAll(keepingCapacity: true)
    stack.removeAll(keepingCapacity: true)
    defer {
      scratch.current = current
      scratch.next = next
      scratch.stack = stack
      scratch.seen = seen
    }
    var iterator = value.unicodeScalars.makeIterator()
    var scalar = iterator.next()
    var previous: Unicode.Scalar?
    var step = scratch.step + 1
    defer { scratch.step = step }
    var work = 0
    var first = true

    // Adds the threads reachable from `start` without reading, at this step.
    func add(_ start: Int, to list: inout [Int32]) -> Bool {
      stack.append(Int32(start))
      while let pc = stack.popLast().map(Int.init) {
        guard seen[pc] != step else { continue }
        seen[pc] = step
        work += 1
        switch program[pc] {
        case .jump(let target): stack.append(Int32(target))
        case .split(let first, let second):
          stack.append(Int32(second))
          stack.append(Int32(first))
        case .assert(let assertion):
          if holds(assertion, previous, scalar) { stack.append(Int32(pc + 1)) }
        case .match:
          stack.removeAll(keepingCapacity: true)
          return true
        case .scalar, .set, .any: list.append(Int32(pc))
        }
      }
      return false
    }

    while true {
      // A new attempt starts at every position (the search is unanchored),
      // or only at the first when the pattern starts with `^`.
      if first || !isAnchored {
        if add(0, to: &current) { return true }
      } else if current.isEmpty {
        return false
      }
      first = false
      guard let read = scalar else { return false }
      previous = read
      scalar = iterator.next()
      step += 1
      next.removeAll(keepingCapacity: true)
      for pc in current {
        let pc = Int(pc)
        let accepted: Bool
        switch program[pc] {
        case .scalar(let expected): accepted = read == expected
        case .set(let set): accepted = sets[set].contains(read, ignoringCase: ignoresCase)
        case .any: accepted = !Self.isLineBreak(read)
        default: accepted = false
        }
        if accepted, add(pc + 1, to: &next) { return true }
      }
      swap(&current, &next)
      work += current.count + 1
      if work > 4096, let steps {
        try steps.add(work)
        work = 0
      }
    }
  }

  /// What `.` does not match, as in Swift's `Regex` by default.
  private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": return true
    default: return false
    }
  }

  private func holds(_ assertion: Assertion, _ before: Unicode.Scalar?, _ after: Unicode.Scalar?) -> Bool {
    switch assertion {
    case .start: return before == nil
    case .end: return after == nil
    case .wordBoundary, .notWordBoundary:
      let boundary = (before.map(ScalarSet.isWord) ?? false) != (after.map(ScalarSet.isWord) ?? false)
      return boundary == (assertion == .wordBoundary)
    }
  }

  /// The largest program a pattern may compile to (repetitions are
  /// written out: `a{1000}` is 1000 instructions).
  static let maximumProgramSize = 20_000

  private struct Compiler {
    let ignoresCase: Bool
    var program: [Instruction] = []
    var sets: [ScalarSet] = []

    mutating func emit(_ node: QueryRegexNode) throws(QueryRegexError) {
      guard program.count <= QueryRegex.maximumProgramSize else {
        throw QueryRegexError(
          "the pattern is too large: its repetitions write out more than \(QueryRegex.maximumProgramSize) steps",
          at: 0)
      }
      switch node {
      case .empty: break
      case .scalar(let scalar):
        if ignoresCase {
          sets.append(ScalarSet(items: [.range(scalar, scalar)]))
          program.append(.set(sets.count - 1))
        } else {
          program.append(.scalar(scalar))
        }
      case .any: program.append(.any)
      case .set(let set):
        sets.append(set)
        program.append(.set(sets.count - 1))
      case .assert(let assertion): program.append(.assert(assertion))
      case .concatenation(let nodes):
        for node in nodes { try emit(node) }
      case .alternation(let nodes):
        // split L1, next; L1: a; jump end; next: split L2, … ; last alternative.
        var jumps: [Int] = []
        for (position, node) in nodes.enumerated() {
          if position < nodes.count - 1 {
            let split = program.count
            program.append(.split(split + 1, -1))
            try emit(node)
            jumps.append(program.count)
            program.append(.jump(-1))
            program[split] = .split(split + 1, program.count)
          } else {
            try emit(node)
          }
        }
        for jump in jumps { program[jump] = .jump(program.count) }
      case .repetition(let node, let minimum, let maximum):
        for _ in 0..<minimum { try emit(node) }
        if let maximum {
          // Each optional copy: split body, end.
          var splits: [Int] = []
          for _ in minimum..<max(minimum, maximum) {
            splits.append(program.count)
            program.append(.split(program.count + 1, -1))
            try emit(node)
          }
          for split in splits { program[split] = .split(split + 1, program.count) }
        } else {
          // loop: split body, end; body; jump loop.
          let loop = program.count
          program.append(.split(loop + 1, -1))
          try emit(node)
          program.append(.jump(loop))
          program[loop] = .split(loop + 1, program.count)
        }
      }
    }
  }
}

/// Counts the steps of regular-expression matching across a query and
/// checks the query's limits every few thousand, so that matching many
/// values, or one long one, stops when the query must.
final class RegexSteps {
  let check: LimitCheck
  private var steps = 0

  init(_ check: LimitCheck) {
    self.check = check
  }

  func add(_ count: Int) throws(QueryInterruption) {
    steps += count
    if steps >= 1 << 16 {
      steps = 0
      try check.check()
    }
  }
}
