/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013):
/// for any configuration, how many arcs of the gold tree each transition
/// makes unreachable. A transition of cost zero keeps the best tree still
/// reachable, so training can follow the model's own (wrong) moves and still
/// be told which moves are right from there.
///
/// The system is arc-decomposable, so a transition's cost is the number of
/// gold arcs it rules out, counted directly (for a projective gold tree).
package enum ArcHybridOracle {
  /// The number of gold arcs `transition` makes unreachable from `state`;
  /// `gold[p]` is the gold head of position `p` (`gold[0]` is ignored).
  /// Relations are not counted: the relation classifier learns them apart.
  package static func cost(of transition: Transition, in state: ArcHybridState, gold: [Int32]) -> Int {
    switch transition {
    case .shift: shiftCost(state, gold)
    case .left: leftCost(state, gold)
    case .right: rightCost(state, gold)
    }
  }

  /// Shifting the buffer's first word `b` loses its dependents on the stack
  /// and its head if that is on the stack below the top.
  private static func shiftCost(_ state: ArcHybridState, _ gold: [Int32]) -> Int {
    let b = Int32(truncatingIfNeeded: state.front)
    let top = state.stack.count - 1
    var cost = 0
    for (index, position) in state.stack.enumerated() {
      if position != 0 && gold[Int(position)] == b { cost += 1 }
      if index < top && gold[Int(b)] == position { cost += 1 }
    }
    return cost
  }

  /// Attaching the stack's top `s` to the buffer's first word loses its
  /// head if that is the word under it or later in the buffer, and its
  /// dependents in the buffer.
  private static func leftCost(_ state: ArcHybridState, _ gold: [Int32]) -> Int {
    let s = state.stack(0)
    let head = gold[Int(s)]
    var cost = head == state.stack(1) || Int(head) > state.front ? 1 : 0
    cost += dependentsInBuffer(of: s, state, gold)
    return cost
  }

  /// Attaching the stack's top `s` to the word under it loses its head if
  /// that is in the buffer, and its dependents in the buffer.
  private static func rightCost(_ state: ArcHybridState, _ gold: [Int32]) -> Int {
    let s = state.stack(0)
    var cost = Int(gold[Int(s)]) >= state.front ? 1 : 0
    cost += dependentsInBuffer(of: s, state, gold)
    return cost
  }

  /// The words of the buffer whose gold head is `head`.
  private static func dependentsInBuffer(of head: Int32, _ state: ArcHybridState, _ gold: [Int32]) -> Int {
    var count = 0
    var position = state.front
    while position <= state.wordCount {
      if gold[position] == head { count += 1 }
      position += 1
    }
    return count
  }
}
