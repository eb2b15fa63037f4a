/// The feature templates of ``DependencyParser``, in the style of Zhang
/// and Nivre (2011) adapted to the arc-hybrid system: words, tags and
/// lemmas of the stack's top three and the buffer's first three words, the
/// outermost dependents of the stack's top two and of the buffer's first
/// word with their relations, valencies, distances and relation sets.
///
/// Two feature sets: one scores the transitions, the other the relation of
/// the arc a transition makes.
enum ParserFeatures {
  /// The most features either set writes.
  static let capacity = 128
  /// Distances from this many words on share one value.
  private static let distanceCap = 10
  /// Where distances begin to be bucketed coarsely.
  private static let distanceExact = 5

  /// A distance in a few buckets: 1–5, 6–9, 10 and more; 0 when a word is
  /// missing.
  @inline(__always)
  static func distance(_ a: Int, _ b: Int, _ missing: Int) -> UInt64 {
    if a == missing || b == missing { return 0 }
    let d = abs(a - b)
    return UInt64(d <= distanceExact ? d : (d < distanceCap ? distanceExact + 1 : distanceExact + 2))
  }

  /// The transition features of `state`, in template order.
  static func transition(_ state: ArcHybridState, _ tokens: ParserTokens, into f: inout ParserFeatureWriter) {
    let context = TransitionContext(state, tokens)
    singleWords(context, &f)
    pairs(context, &f)
    tagTriples(context, &f)
    distances(context, &f)
    valencies(context, &f)
    dependents(context, &f)
    relationSets(context, &f)
    lexicalContexts(context, &f)
    suffixes(context, &f)
    punctuation(context, &f)
  }

  /// Single words of the stack's top three and the buffer's first three.
  @inline(__always)
  private static func singleWords(_ c: TransitionContext, _ f: inout ParserFeatureWriter) {
    f.add(c.wp0)
    f.add(c.w[c.s0])
    f.add(c.p[c.s0])
    f.add(c.l[c.s0])
    f.add(c.wpb)
    f.add(c.w[c.b0])
    f.add(c.p[c.b0])
    f.add(c.l[c.b0])
    f.add(c.w[c.b1], c.p[c.b1])
    f.add(c.w[c.b1])
    f.add(c.p[c.b1])
    f.add(c.p[c.b2])
    f.add(c.wp1)
    f.add(c.w[c.s1])
    f.add(c.p[c.s1])
    f.add(c.p[c.s2])
  }

  /// Pairs of the stack's top with the buffer's first word and with the word under it.
  @inline(__always)
  private static func pairs(_ c: TransitionContext, _ f: inout ParserFeatureWriter) {
    f.add(c.wp0, c.wpb)
    f.add(c.wp0, c.w[c.b0])
    f.add(c.w[c.s0], c.wpb)
    f.add(c.wp0, c.p[c.b0])
    f.add(c.p[c.s0], c.wpb)
    f.add(c.w[c.s0], c.w[c.b0])
    f.add(c.p[c.s0], c.p[c.b0])
    f.add(c.p[c.b0], c.p[c.b1])
    f.add(c.wp1, c.wp0)
    f.add(c.w[c.s1], c.w[c.s0])
    f.add(c.p[c.s1], c.p[c.s0])
    f.add(c.wp1, c.p[c.s0])
    f.add(c.p[c.s1], c.wp0)
    f.add(c.l[c.s0], c.l[c.b0])
    f.add(c.l[c.s0], c.p[c.b0])
    f.add(c.p[c.s0], c.l[c.b0])
  }

  /// Triples of tags.
  @inline(__always)
  private static func tagTriples(_ c: TransitionContext, _ f: inout ParserFeatureWriter) {
    f.add(c.p[c.b0], c.p[c.b1], c.p[c.b2])
    f.add(c.p[c.s0], c.p[c.b0], c.p[c.b1])
    f.add(c.p[c.s1], c.p[c.s0], c.p[c.b0])
    f.add(c.p[c.s2], c.p[c.s1], c.p[c.s0])
    f.add(c.p[c.s0], c.p[c.s0L], c.p[c.b0])
    f.add(c.p[c.s0], c.p[c.s0R], c.p[c.b0])
    f.add(c.p[c.s0], c.p[c.b0], c.p[c.b0L])
    f.add(c.p[c.s1], c.p[c.s1R], c.p[c.s0])
    f.add(c.p[c.s1], c.p[c.s0], c.p[c.s0L])
    f.add(c.p[c.s0], c.p[c.s0L], c.p[c.s0L2])
    f.add(c.p[c.s0], c.p[c.s0R], c.p[c.s0R2])
    f.add(c.p[c.b0], c.p[c.b0L], c.p[c.b0L2])
  }

  /// Distances between the stack's top and the buffer's first word, and the stack's top two.
  @inline(__always)
  private static func distances(_ c: TransitionContext, _ f: inout ParserFeatureWriter) {
    f.add(c.p[c.s0], c.d0)
    f.add(c.p[c.b0], c.d0)
    f.add(c.w[c.s0], c.w[c.b0], c.d0)
    f.add(c.p[c.s0], c.p[c.b0], c.d0)
    f.add(c.p[c.s1], c.p[c.s0], c.d1)
    f.add(c.w[c.s1], c.w[c.s0], c.d1)
  }

  /// How many dependents the stack's top two and the buffer's first word have.
  @inline(__always)
  private static func valencies(_ c: TransitionContext, _ f: inout ParserFeatureWriter) {
    let vl0 = UInt64(c.state.leftCount[c.s0])
    let vr0 = UInt64(c.state.rightCount[c.s0])
    let vlb = UInt64(c.state.leftCount[c.b0])
    let vr1 = UInt64(c.state.rightCount[c.s1])
    f.add(c.w[c.s0], vr0)
    f.add(c.p[c.s0], vr0)
    f.add(c.p[c.s0], vl0)
    f.add(c.p[c.b0], vlb)
    f.add(c.p[c.s1], vr1)
  }

  /// The outermost dependents: words, tags and relations.
  @inline(__always)
  private static func dependents(_ c: TransitionContext, _ f: inout ParserFeatureWriter) {
    f.add(c.w[c.s0L])
    f.add(c.p[c.s0L])
    f.add(c.r(c.s0L))
    f.add(c.w[c.s0R])
    f.add(c.p[c.s0R])
    f.add(c.r(c.s0R))
    f.add(c.w[c.b0L])
    f.add(c.p[c.b0L])
    f.add(c.r(c.b0L))
    f.add(c.w[c.s1R])
    f.add(c.p[c.s1R])
    f.add(c.r(c.s1R))
    f.add(c.p[c.s0L2], c.r(c.s0L2))
    f.add(c.p[c.s0R2], c.r(c.s0R2))
    f.add(c.p[c.b0L2], c.r(c.b0L2))
    f.add(c.p[c.s0], c.r(c.s0L), c.r(c.s0L2))
    f.add(c.p[c.s0], c.r(c.s0R), c.r(c.s0R2))
    f.add(c.p[c.b0], c.r(c.b0L), c.r(c.b0L2))
    f.add(c.p[c.s1], c.r(c.s1R), c.p[c.s0])
  }

  /// The relations of the dependents on each side, as sets.
  @inline(__always)
  private static func relationSets(_ c: TransitionContext, _ f: inout ParserFeatureWriter) {
    let ls0 = c.state.leftRelations[c.s0]
    let rs0 = c.state.rightRelations[c.s0]
    let lsb = c.state.leftRelations[c.b0]
    let rs1 = c.state.rightRelations[c.s1]
    f.add(c.w[c.s0], rs0)
    f.add(c.p[c.s0], rs0)
    f.add(c.p[c.s0], ls0)
    f.add(c.p[c.b0], lsb)
    f.add(c.p[c.s1], rs1)
    f.add(c.p[c.s1], rs1, c.p[c.s0])
    f.add(c.p[c.s0], ls0, c.p[c.b0])
  }

  /// Lemmas, and words in the tag triples.
  @inline(__always)
  private static func lexicalContexts(_ c: TransitionContext, _ f: inout ParserFeatureWriter) {
    f.add(c.l[c.s0], c.l[c.s1], c.p[c.b0])
    f.add(c.w[c.s1], c.p[c.s0], c.p[c.b0])
    f.add(c.p[c.s1], c.w[c.s0], c.p[c.b0])
    f.add(c.p[c.s1], c.p[c.s0], c.w[c.b0])
    f.add(c.w[c.s0], c.p[c.b0], c.p[c.b1])
    f.add(c.p[c.s0], c.w[c.b0], c.p[c.b1])
    f.add(c.p[c.s0], c.p[c.b0], c.w[c.b1])
    f.add(c.w[c.b0], c.w[c.b1])
    f.add(c.p[c.s0], c.p[c.b0], c.w[c.b0L])
  }

  /// Suffixes with tags.
  @inline(__always)
  private static func suffixes(_ c: TransitionContext, _ f: inout ParserFeatureWriter) {
    let x = c.tokens.suffixes
    f.add(x[c.s0], c.p[c.s0])
    f.add(x[c.b0], c.p[c.b0])
    f.add(x[c.s1], c.p[c.s1])
    f.add(x[c.s0], c.p[c.s0], c.p[c.b0])
    f.add(c.p[c.s0], x[c.b0], c.p[c.b0])
    f.add(x[c.s1], c.p[c.s1], c.p[c.s0])
  }

  /// The punctuation between the stack's top two words and between the top and the buffer.
  @inline(__always)
  private static func punctuation(_ c: TransitionContext, _ f: inout ParserFeatureWriter) {
    f.add(c.p[c.s1], c.p[c.s0], punctuationBetween(c.s1, c.s0, c.tokens, c.none))
    f.add(c.p[c.s0], c.p[c.b0], punctuationBetween(c.s0, c.b0, c.tokens, c.none))
  }

  /// The tag of the punctuation mark nearest before `b` after `a`, with
  /// its form's hash: commas and colons between two words tell much about
  /// how they attach. 0 when there is none or a word is missing.
  @inline(__always)
  private static func punctuationBetween(_ a: Int, _ b: Int, _ tokens: ParserTokens, _ missing: Int) -> UInt64 {
    guard a != missing, b != missing, a < b else { return 0 }
    var position = b - 1
    while position > a {
      if tokens.tags[position] == punctuationTag { return tokens.forms[position] }
      position -= 1
    }
    return 0
  }

  /// The tag number of punctuation.
  private static let punctuationTag = UInt64(UniversalPartOfSpeech.punctuation.number)

  /// The relation features of the arc `head` → `dependent` in `state`.
  static func relation(
    head: Int, dependent: Int, _ state: ArcHybridState, _ tokens: ParserTokens, into f: inout ParserFeatureWriter
  ) {
    let none = Int(state.none)
    let h = head
    let d = dependent
    let w = tokens.forms
    let p = tokens.tags
    let l = tokens.lemmas
    func r(_ x: Int) -> UInt64 { UInt64(state.relations[x]) }
    let leftward = d < h
    let direction: UInt64 = leftward ? 1 : 2
    let dist = distance(h, d, none) << 2 | direction
    let dL = Int(state.leftmost[d])
    let dR = Int(state.rightmost[d])
    let sibling = Int(leftward ? state.leftmost[h] : state.rightmost[h])
    let siblings = leftward ? state.leftRelations[h] : state.rightRelations[h]
    let before = d - 1
    let after = d + 1
    let hBefore = h == 0 ? none : h - 1
    let hAfter = h + 1 > none ? none : h + 1
    let dwp = FeatureHash.mix(w[d], p[d])
    let hwp = FeatureHash.mix(w[h], p[h])
    f.add(direction)
    f.add(dwp, direction)
    f.add(p[d], direction)
    f.add(l[d], direction)
    f.add(hwp, direction)
    f.add(p[h], direction)
    f.add(l[h], direction)
    f.add(p[h], p[d], direction)
    f.add(w[h], p[d], direction)
    f.add(p[h], w[d], direction)
    f.add(l[h], l[d], direction)
    f.add(l[h], p[d], direction)
    f.add(p[h], l[d], direction)
    f.add(hwp, dwp)
    f.add(p[h], p[d], dist)
    f.add(p[d], r(dL))
    f.add(p[d], r(dR))
    f.add(p[d], state.leftRelations[d])
    f.add(p[d], state.rightRelations[d])
    f.add(p[h], p[d], siblings)
    f.add(p[d], r(sibling), direction)
    f.add(l[h], siblings, direction)
    f.add(p[d], p[before], direction)
    f.add(p[d], p[after], direction)
    f.add(p[h], p[hBefore], direction)
    f.add(p[h], p[hAfter], direction)
    f.add(w[dL], p[h], direction)
    f.add(w[dL], l[h])
    f.add(w[dL], r(dL), p[d])
    f.add(p[h], p[d], UInt64(state.leftCount[d]) << 8 | UInt64(state.rightCount[d]))
    f.add(w[d], p[h], direction)
    let x = tokens.suffixes
    f.add(x[d], p[d], direction)
    f.add(x[h], p[h], direction)
    f.add(x[h], p[h], p[d])
    f.add(x[d], p[d], p[h])
  }
}
