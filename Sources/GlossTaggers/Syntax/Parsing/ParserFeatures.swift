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
  private static func distance(_ a: Int, _ b: Int, _ missing: Int) -> UInt64 {
    if a == missing || b == missing { return 0 }
    let d = abs(a - b)
    return UInt64(d <= distanceExact ? d : (d < distanceCap ? distanceExact + 1 : distanceExact + 2))
  }

  /// The transition features of `state`.
  static func transition(_ state: ArcHybridState, _ tokens: ParserTokens, into f: inout ParserFeatureWriter) {
    let none = Int(state.none)
    let s0 = Int(state.stack(0))
    let s1 = Int(state.stack(1))
    let s2 = Int(state.stack(2))
    let b0 = Int(state.buffer(0))
    let b1 = Int(state.buffer(1))
    let b2 = Int(state.buffer(2))
    let s0L = Int(state.leftmost[s0])
    let s0L2 = Int(state.secondLeftmost[s0])
    let s0R = Int(state.rightmost[s0])
    let s0R2 = Int(state.secondRightmost[s0])
    let s1R = Int(state.rightmost[s1])
    let b0L = Int(state.leftmost[b0])
    let b0L2 = Int(state.secondLeftmost[b0])
    let w = tokens.forms
    let p = tokens.tags
    let l = tokens.lemmas
    func r(_ x: Int) -> UInt64 { UInt64(state.relations[x]) }
    let wp0 = FeatureHash.mix(w[s0], p[s0])
    let wpb = FeatureHash.mix(w[b0], p[b0])
    let wp1 = FeatureHash.mix(w[s1], p[s1])
    let d0 = distance(s0, b0, none)
    let d1 = distance(s1, s0, none)
    // Single words.
    f.add(wp0)
    f.add(w[s0])
    f.add(p[s0])
    f.add(l[s0])
    f.add(wpb)
    f.add(w[b0])
    f.add(p[b0])
    f.add(l[b0])
    f.add(w[b1], p[b1])
    f.add(w[b1])
    f.add(p[b1])
    f.add(p[b2])
    f.add(wp1)
    f.add(w[s1])
    f.add(p[s1])
    f.add(p[s2])
    // Pairs of the stack's top with the buffer's first word and the word under it.
    f.add(wp0, wpb)
    f.add(wp0, w[b0])
    f.add(w[s0], wpb)
    f.add(wp0, p[b0])
    f.add(p[s0], wpb)
    f.add(w[s0], w[b0])
    f.add(p[s0], p[b0])
    f.add(p[b0], p[b1])
    f.add(wp1, wp0)
    f.add(w[s1], w[s0])
    f.add(p[s1], p[s0])
    f.add(wp1, p[s0])
    f.add(p[s1], wp0)
    f.add(l[s0], l[b0])
    f.add(l[s0], p[b0])
    f.add(p[s0], l[b0])
    // Triples of tags.
    f.add(p[b0], p[b1], p[b2])
    f.add(p[s0], p[b0], p[b1])
    f.add(p[s1], p[s0], p[b0])
    f.add(p[s2], p[s1], p[s0])
    f.add(p[s0], p[s0L], p[b0])
    f.add(p[s0], p[s0R], p[b0])
    f.add(p[s0], p[b0], p[b0L])
    f.add(p[s1], p[s1R], p[s0])
    f.add(p[s1], p[s0], p[s0L])
    f.add(p[s0], p[s0L], p[s0L2])
    f.add(p[s0], p[s0R], p[s0R2])
    f.add(p[b0], p[b0L], p[b0L2])
    // Distances.
    f.add(p[s0], d0)
    f.add(p[b0], d0)
    f.add(w[s0], w[b0], d0)
    f.add(p[s0], p[b0], d0)
    f.add(p[s1], p[s0], d1)
    f.add(w[s1], w[s0], d1)
    // Valencies.
    let vl0 = UInt64(state.leftCount[s0])
    let vr0 = UInt64(state.rightCount[s0])
    let vlb = UInt64(state.leftCount[b0])
    let vr1 = UInt64(state.rightCount[s1])
    f.add(w[s0], vr0)
    f.add(p[s0], vr0)
    f.add(p[s0], vl0)
    f.add(p[b0], vlb)
    f.add(p[s1], vr1)
    // Dependents: words, tags and relations.
    f.add(w[s0L])
    f.add(p[s0L])
    f.add(r(s0L))
    f.add(w[s0R])
    f.add(p[s0R])
    f.add(r(s0R))
    f.add(w[b0L])
    f.add(p[b0L])
    f.add(r(b0L))
    f.add(w[s1R])
    f.add(p[s1R])
    f.add(r(s1R))
    f.add(p[s0L2], r(s0L2))
    f.add(p[s0R2], r(s0R2))
    f.add(p[b0L2], r(b0L2))
    f.add(p[s0], r(s0L), r(s0L2))
    f.add(p[s0], r(s0R), r(s0R2))
    f.add(p[b0], r(b0L), r(b0L2))
    f.add(p[s1], r(s1R), p[s0])
    // Relation sets.
    let ls0 = state.leftRelations[s0]
    let rs0 = state.rightRelations[s0]
    let lsb = state.leftRelations[b0]
    let rs1 = state.rightRelations[s1]
    f.add(w[s0], rs0)
    f.add(p[s0], rs0)
    f.add(p[s0], ls0)
    f.add(p[b0], lsb)
    f.add(p[s1], rs1)
    f.add(p[s1], rs1, p[s0])
    f.add(p[s0], ls0, p[b0])
    // Lemma contexts.
    f.add(l[s0], l[s1], p[b0])
    // Words in the tag triples.
    f.add(w[s1], p[s0], p[b0])
    f.add(p[s1], w[s0], p[b0])
    f.add(p[s1], p[s0], w[b0])
    f.add(w[s0], p[b0], p[b1])
    f.add(p[s0], w[b0], p[b1])
    f.add(p[s0], p[b0], w[b1])
    f.add(w[b0], w[b1])
    f.add(p[s0], p[b0], w[b0L])
    // Suffixes.
    let x = tokens.suffixes
    f.add(x[s0], p[s0])
    f.add(x[b0], p[b0])
    f.add(x[s1], p[s1])
    f.add(x[s0], p[s0], p[b0])
    f.add(p[s0], x[b0], p[b0])
    f.add(x[s1], p[s1], p[s0])
    // Punctuation between the stack's top two words and between the top and the buffer.
    f.add(p[s1], p[s0], punctuationBetween(s1, s0, tokens, none))
    f.add(p[s0], p[b0], punctuationBetween(s0, b0, tokens, none))
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
