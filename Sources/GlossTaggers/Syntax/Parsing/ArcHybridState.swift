/// The configuration of the arc-hybrid transition system while a sentence
/// is parsed: the stack, the buffer, the arcs made so far, and for each word
/// what the parser's features read of its dependents (the two outermost on
/// each side, how many there are and their relations).
///
/// Words are numbered by position: 0 is the root, 1 to ``wordCount`` the
/// words, and ``none`` (one past the last word) stands for a missing word
/// (an empty stack slot, no such child) so that features read it like any
/// other. Arrays are kept between sentences: no allocation once they have
/// grown to the longest sentence.
package struct ArcHybridState: Sendable {
  /// The number of words (without the root).
  package private(set) var wordCount = 0
  /// The stack, root at the bottom.
  package private(set) var stack: [Int32] = []
  /// The buffer's first word; the buffer is `front...wordCount`.
  package private(set) var front = 1
  /// Each position's head (``unattached`` while it has none).
  package private(set) var heads: [Int32] = []
  /// Each position's relation code (``noRelation`` while it has none).
  package private(set) var relations: [UInt8] = []
  /// The leftmost and second-leftmost dependents of each position.
  package private(set) var leftmost: [Int32] = []
  package private(set) var secondLeftmost: [Int32] = []
  /// The rightmost and second-rightmost dependents of each position.
  package private(set) var rightmost: [Int32] = []
  package private(set) var secondRightmost: [Int32] = []
  /// How many dependents each position has on its left and on its right.
  package private(set) var leftCount: [UInt8] = []
  package private(set) var rightCount: [UInt8] = []
  /// The relations of each position's dependents on each side, as bit sets
  /// (bit `code`).
  package private(set) var leftRelations: [UInt64] = []
  package private(set) var rightRelations: [UInt64] = []

  /// The head of a position that has none yet.
  package static let unattached: Int32 = -1
  /// The relation code of a position that has none yet.
  package static let noRelation: UInt8 = .max

  /// An empty state.
  package init() {}

  /// The position that stands for a missing word.
  @inline(__always)
  package var none: Int32 { Int32(truncatingIfNeeded: wordCount + 1) }

  /// Starts a sentence of `count` words: the root alone on the stack, every
  /// word in the buffer.
  package mutating func reset(wordCount count: Int) {
    wordCount = count
    front = 1
    stack.removeAll(keepingCapacity: true)
    stack.append(0)
    let positions = count + 2
    let missing = Int32(truncatingIfNeeded: count + 1)
    Self.fill(&heads, Self.unattached, positions)
    Self.fill(&relations, Self.noRelation, positions)
    Self.fill(&leftmost, missing, positions)
    Self.fill(&secondLeftmost, missing, positions)
    Self.fill(&rightmost, missing, positions)
    Self.fill(&secondRightmost, missing, positions)
    Self.fill(&leftCount, 0, positions)
    Self.fill(&rightCount, 0, positions)
    Self.fill(&leftRelations, 0, positions)
    Self.fill(&rightRelations, 0, positions)
  }

  /// Makes `array` `count` copies of `value`, keeping its storage.
  private static func fill<T>(_ array: inout [T], _ value: T, _ count: Int) {
    array.removeAll(keepingCapacity: true)
    array.append(contentsOf: repeatElement(value, count: count))
  }

  // MARK: - Reading

  /// The stack's `depth`-th word from the top (0: the top), or ``none``.
  @inline(__always)
  package func stack(_ depth: Int) -> Int32 {
    depth < stack.count ? stack[stack.count - 1 - depth] : none
  }

  /// The buffer's `offset`-th word (0: the first), or ``none``.
  @inline(__always)
  package func buffer(_ offset: Int) -> Int32 {
    front + offset <= wordCount ? Int32(truncatingIfNeeded: front + offset) : none
  }

  /// Whether every word has been read and attached.
  package var isTerminal: Bool { front > wordCount && stack.count == 1 }

  /// Whether `transition` can be made: a shift needs a word in the buffer,
  /// a left arc a word on the stack above the root and one in the buffer, a
  /// right arc two words on the stack — and the root takes its one dependent
  /// only once the buffer is empty, so every parse has a single root word.
  @inline(__always)
  package func allows(_ transition: Transition) -> Bool {
    switch transition {
    case .shift: front <= wordCount
    case .left: stack.count >= 2 && front <= wordCount
    case .right: stack.count > 2 || (stack.count == 2 && front > wordCount)
    }
  }

  /// The head and the dependent of the arc `transition` adds.
  @inline(__always)
  package func arc(_ transition: Transition) -> (head: Int32, dependent: Int32) {
    transition == .left ? (Int32(truncatingIfNeeded: front), stack(0)) : (stack(1), stack(0))
  }

  // MARK: - Moving

  /// Makes `transition` (which must be allowed); an arc gets `relation`.
  package mutating func apply(_ transition: Transition, relation: UInt8) {
    switch transition {
    case .shift:
      stack.append(Int32(truncatingIfNeeded: front))
      front += 1
    case .left, .right:
      let (head, dependent) = arc(transition)
      attach(dependent, to: head, relation: relation)
      stack.removeLast()
    }
  }

  /// Adds the arc `head` → `dependent` labelled `relation`.
  private mutating func attach(_ dependent: Int32, to head: Int32, relation: UInt8) {
    let d = Int(dependent)
    let h = Int(head)
    heads[d] = head
    relations[d] = relation
    let bit: UInt64 = relation < 64 ? 1 << UInt64(relation) : 0
    if dependent < head {
      // Left dependents arrive nearest first: each is the new leftmost.
      secondLeftmost[h] = leftmost[h]
      leftmost[h] = dependent
      leftCount[h] &+= leftCount[h] < .max ? 1 : 0
      leftRelations[h] |= bit
    } else {
      // Right dependents arrive left to right: each is the new rightmost.
      secondRightmost[h] = rightmost[h]
      rightmost[h] = dependent
      rightCount[h] &+= rightCount[h] < .max ? 1 : 0
      rightRelations[h] |= bit
    }
  }
}
