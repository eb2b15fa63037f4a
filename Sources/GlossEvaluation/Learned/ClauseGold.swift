import GlossFormats
import GlossTaggers

/// Gold clauses derived from a Universal Dependencies tree.
///
/// A clause is headed by a word attached as `root`, `parataxis`, `ccomp`,
/// `advcl`, `csubj` (with any subtype), `acl:relcl`, or `conj` when both
/// conjuncts are verbs (or auxiliaries or adjectives heading a clause with a
/// subject). Its span is the head's projection — the words from the
/// leftmost to the rightmost word it dominates — without punctuation at
/// either edge. Types: `SUB` for ccomp, advcl and csubj, `REL` for
/// acl:relcl, `MAIN` for root, parataxis and conj.
public enum ClauseGold {
  /// The clause type of a word, or `nil` if it heads no clause.
  static func type(of word: CoNLLUWord, in words: [CoNLLUWord], hasSubject: Set<Int>) -> String? {
    let base = word.deprel.split(separator: ":").first.map(String.init) ?? word.deprel
    switch base {
    case "root", "parataxis": return "MAIN"
    case "ccomp", "advcl", "csubj": return "SUB"
    case "acl": return word.deprel == "acl:relcl" ? "REL" : nil
    case "conj":
      guard let head = word.head, head > 0, head <= words.count else { return nil }
      let headWord = words[head - 1]
      func verbal(_ w: CoNLLUWord) -> Bool {
        w.upos == "VERB" || (w.upos != "NOUN" && w.upos != "PROPN" && hasSubject.contains(w.id))
      }
      return verbal(word) && verbal(headWord) ? "MAIN" : nil
    default: return nil
    }
  }

  /// The clauses of a sentence over its word indices (0-based, half-open).
  public static func clauses(_ sentence: CoNLLUSentence) -> [ClauseBoundaries.Clause] {
    let words = sentence.words
    let n = words.count
    var hasSubject = Set<Int>()
    var children = [[Int]](repeating: [], count: n + 1)
    for word in words {
      if let head = word.head, head >= 0, head <= n {
        children[head].append(word.id)
        if word.deprel.hasPrefix("nsubj") || word.deprel.hasPrefix("csubj") { hasSubject.insert(head) }
      }
    }
    var result: [ClauseBoundaries.Clause] = []
    for word in words {
      guard let label = type(of: word, in: words, hasSubject: hasSubject) else { continue }
      var low = word.id
      var high = word.id
      var stack = [word.id]
      var seen = Set<Int>()
      while let node = stack.popLast() {
        guard seen.insert(node).inserted else { continue }
        low = min(low, node)
        high = max(high, node)
        stack += children[node]
      }
      // Word ids are 1-based; trim edge punctuation.
      var start = low - 1
      var end = high
      while start < end - 1 && words[start].upos == "PUNCT" { start += 1 }
      while end - 1 > start && words[end - 1].upos == "PUNCT" { end -= 1 }
      result.append(ClauseBoundaries.Clause(label: label, start: start, end: end))
    }
    return Array(Set(result)).sorted()
  }
}
