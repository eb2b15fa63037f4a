/// A ``Comparison`` ready to test many values: its regular expression
/// compiled once, its value folded once.
struct CompiledComparison {
  let comparison: Comparison
  private let regex: Regex<AnyRegexOutput>?
  private let folded: String
  private let number: Double?

  init(_ comparison: Comparison) {
    self.comparison = comparison
    var regex: Regex<AnyRegexOutput>?
    if comparison.op == .matches || comparison.op == .notMatches {
      regex = try? Regex<AnyRegexOutput>(comparison.value)
      if comparison.ignoresCase { regex = regex?.ignoresCase() }
    }
    self.regex = regex
    self.folded = comparison.ignoresCase ? comparison.value.lowercased() : comparison.value
    self.number = Double(comparison.value)
  }

  /// Whether `value` satisfies the comparison; a missing value satisfies
  /// only `!=` and `!~`.
  func test(_ value: String?) -> Bool {
    guard let value else { return comparison.op == .notEqual || comparison.op == .notMatches }
    switch comparison.op {
    case .equal: return fold(value) == folded
    case .notEqual: return fold(value) != folded
    case .matches: return regex.map { value.contains($0) } ?? false
    case .notMatches: return !(regex.map { value.contains($0) } ?? false)
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
  /// Whether `value` satisfies the comparison (compiling it for this one test).
  public func test(_ value: String?) -> Bool {
    CompiledComparison(self).test(value)
  }
}
