/// What the transition features of a configuration read: the positions of
/// the stack's top three and the buffer's first three words, of their
/// outermost dependents, the token values, and the few combinations several
/// templates share.
struct TransitionContext {
  let state: ArcHybridState
  let tokens: ParserTokens
  /// The position that stands for a missing word.
  let none: Int
  /// The stack's top three words.
  let s0: Int
  let s1: Int
  let s2: Int
  /// The buffer's first three words.
  let b0: Int
  let b1: Int
  let b2: Int
  /// The outermost dependents of the stack's top two and the buffer's first word.
  let s0L: Int
  let s0L2: Int
  let s0R: Int
  let s0R2: Int
  let s1R: Int
  let b0L: Int
  let b0L2: Int
  /// Forms, tags and lemmas by position.
  let w: [UInt64]
  let p: [UInt64]
  let l: [UInt64]
  /// Form and tag together of the stack's top, the buffer's first word and
  /// the word under the top.
  let wp0: UInt64
  let wpb: UInt64
  let wp1: UInt64
  /// The distance buckets between the stack's top and the buffer's first
  /// word, and between the stack's top two.
  let d0: UInt64
  let d1: UInt64

  @inline(__always)
  init(_ state: ArcHybridState, _ tokens: ParserTokens) {
    self.state = state
    self.tokens = tokens
    none = Int(state.none)
    s0 = Int(state.stack(0))
    s1 = Int(state.stack(1))
    s2 = Int(state.stack(2))
    b0 = Int(state.buffer(0))
    b1 = Int(state.buffer(1))
    b2 = Int(state.buffer(2))
    s0L = Int(state.leftmost[s0])
    s0L2 = Int(state.secondLeftmost[s0])
    s0R = Int(state.rightmost[s0])
    s0R2 = Int(state.secondRightmost[s0])
    s1R = Int(state.rightmost[s1])
    b0L = Int(state.leftmost[b0])
    b0L2 = Int(state.secondLeftmost[b0])
    w = tokens.forms
    p = tokens.tags
    l = tokens.lemmas
    wp0 = FeatureHash.mix(w[s0], p[s0])
    wpb = FeatureHash.mix(w[b0], p[b0])
    wp1 = FeatureHash.mix(w[s1], p[s1])
    d0 = ParserFeatures.distance(s0, b0, none)
    d1 = ParserFeatures.distance(s1, s0, none)
  }

  /// The relation code of position `x` (``ArcHybridState/noRelation`` if none).
  @inline(__always)
  func r(_ x: Int) -> UInt64 { UInt64(state.relations[x]) }
}
