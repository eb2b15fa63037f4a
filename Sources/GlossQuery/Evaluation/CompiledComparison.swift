/// A ``Comparison`` ready to test many values: its regular expression
/// compiled once (a ``QueryRegex``, whose matching time is linear and counted
/// in `steps`, so the query's limits stop it), its value folded once.
struct CompiledComparison {
  let comparison: Comparison
  private let regex: QueryRegex?
  private let steps: RegexSteps?
  private let folded: String
  private let number: Double?

  init(_ comparison: Comparison, steps: RegexSteps? = nil) {
    self.comparison = comparison
    var regex: QueryRegex?
    if comparison.op == .matches || comparison.op == .notMatches {
      // The parser has checked the pattern; one that does not compile matches nothing.
      regex = try? QueryRegex(comparison.value, ignoresCase: comparison.ignoresCase)
    }
    self.regex = regex
    self.steps = steps
    self.folded = comparison.ignoresCase ? comparison.value.lowercased() : comparison.value
    self.number = Double(comparison.value)
  }

  /// Whether `value` satisfies the comparison; a missing value satisfies
  /// only `!=` and `!~`.
  func test(_ value: String?) throws(QueryInterruption) -> Bool {
    guard let value else { return comparison.op == .notEqual || comparison.op == .notMatches }
    switch comparison.op {
    case .equal: return fold(value) == folded
    case .notEqual: return fold(value) != folded
    case .matches: return try regex?.matches(in: value, steps: steps) ?? false
    case .notMatches: return !(try regex?.matches(in: value, steps: steps) ?? false)
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      let order: Int
      if let number, let other = Double(value) {
        order = other < number ? -1 : other > number ? 1 : 0
      } else {
        let left = fold(value)
        order = left < folded ? -1 : left > folded ? 1 : 0
      }
      switch comparison.op {
      case .less: return order < 0
      case .lessOrEqual: return order <= 0
      case .greater: return order > 0
      default: return order >= 0
      }
    }
  }

  private func fold(_ value: String) -> String {
    comparison.ignoresCase ? value.lowercased() : value
  }
}

extension Comparison {
  /// Whether `value` satisfies the comparison (compiling it for this one
  /// test, with no time limit).
  public func test(_ value: String?) -> Bool {
    (try? CompiledComparison(self).test(value)) ?? false
  }
}
