/// Finds the known name closest to a misspelt one, for "did you mean" hints.
package enum NearestName {
  /// The candidate with the smallest edit distance to `name` (ignoring case),
  /// if it is close enough to be a plausible typo; otherwise the only
  /// candidate that `name` abbreviates (`M` for `MAIN`), if there is one.
  package static func suggestion(for name: String, among candidates: some Sequence<String>) -> String? {
    let lowered = name.lowercased()
    let target = Array(lowered.unicodeScalars)
    var best: (name: String, distance: Int)?
    var extensions: [String] = []
    for candidate in candidates {
      let candidateLowered = candidate.lowercased()
      let distance = editDistance(target, Array(candidateLowered.unicodeScalars))
      if best == nil || distance < best!.distance { best = (candidate, distance) }
      if !lowered.isEmpty && candidateLowered.hasPrefix(lowered) { extensions.append(candidate) }
    }
    guard let best else { return nil }
    let limit = max(1, min(3, target.count / 3 + 1))
    if best.distance <= limit { return best.name }
    return extensions.count == 1 ? extensions[0] : nil
  }

  /// The Levenshtein distance between two scalar arrays (two-row dynamic program).
  package static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
