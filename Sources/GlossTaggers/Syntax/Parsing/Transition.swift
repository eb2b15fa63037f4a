/// A move of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez
/// and Satta 2011) that ``DependencyParser`` reads sentences with.
///
/// The parser's configuration is a stack whose bottom is the root, and a
/// buffer of the words not read yet (see ``ArcHybridState``).
public enum Transition: Int, Sendable, CaseIterable {
  /// Moves the buffer's first word onto the stack.
  case shift = 0
  /// Makes the buffer's first word the head of the stack's top, and pops it.
  case left = 1
  /// Makes the word under the stack's top its head, and pops the top.
  case right = 2

  /// Whether the move adds an arc.
  public var addsArc: Bool { self != .shift }
}
