/// The names Universal Dependencies allows: the universal part-of-speech
/// tags and the universal relations, which corrections and exports are
/// checked against.
public enum UniversalDependencies {
  /// The 17 universal part-of-speech tags.
  public static let tags: Set<String> = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM",
    "VERB", "X",
  ]

  /// The 37 universal dependency relations (subtypes such as `nsubj:pass`
  /// add `:` and a subtype to one of them).
  public static let relations: Set<String> = [
    "acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "clf", "compound", "conj", "cop", "csubj",
    "dep", "det", "discourse", "dislocated", "expl", "fixed", "flat", "goeswith", "iobj", "list", "mark", "nmod",
    "nsubj", "nummod", "obj", "obl", "orphan", "parataxis", "punct", "reparandum", "root", "vocative", "xcomp",
  ]

  /// Whether `relation` is a universal relation or a subtype of one
  /// (`obl:tmod`); subtypes are lower-case letters.
  public static func isRelation(_ relation: String) -> Bool {
    let parts = relation.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count <= 2, relations.contains(String(parts[0])) else { return false }
    return parts.count == 1 || (!parts[1].isEmpty && parts[1].unicodeScalars.allSatisfy { ("a"..."z").contains($0) })
  }

  /// Why the heads and relations of a sentence's tokens are not one tree
  /// (exactly one root, every other token attached inside the sentence
  /// without a cycle, known relations), or `nil` when they are one.
  /// `heads` are indices into the same arrays, `nil` for the root.
  public static func treeProblem(heads: [Int?], relations: [String]) -> String? {
    var roots = 0
    for (position, head) in heads.enumerated() {
      let relation = relations[position]
      guard isRelation(relation) else {
        return relation.isEmpty ? "word \(position + 1) has no parse" : "'\(relation)' is not a UD relation"
      }
      if let head {
        guard heads.indices.contains(head), head != position else {
          return "word \(position + 1)'s head is outside its sentence"
        }
        if relation == "root" { return "word \(position + 1) is a root with a head" }
      } else {
        roots += 1
        if relation != "root" { return "word \(position + 1) has no head but is '\(relation)', not root" }
      }
    }
    guard roots == 1 else { return "the sentence has \(roots) roots, not one" }
    for start in heads.indices {
      var steps = 0
      var current = heads[start]
      while let next = current {
        steps += 1
        if steps > heads.count { return "word \(start + 1) is in a cycle of heads" }
        current = heads[next]
      }
    }
    return nil
  }
}
