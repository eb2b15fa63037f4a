/// A class of scalars in a ``QueryRegex``: `[a-z_]`, `[^\d]`, `\w`.
struct ScalarSet {
  enum Item {
    case range(Unicode.Scalar, Unicode.Scalar)
    /// `\d` (a decimal digit of any script), negated for `\D`.
    case digit(negated: Bool)
    /// `\w` (a letter, digit, mark or connector such as `_`), negated for `\W`.
    case word(negated: Bool)
    /// `\s` (white space), negated for `\S`.
    case space(negated: Bool)
  }

  var items: [Item]
  var negated = false

  /// Whether `scalar` is in the set; ignoring case, its lower- and
  /// upper-case forms are tried too.
  func contains(_ scalar: Unicode.Scalar, ignoringCase: Bool) -> Bool {
    var found = holds(scalar)
    if !found, ignoringCase {
      for variant in Self.caseVariants(of: scalar) where holds(variant) {
        found = true
        break
      }
    }
    return found != negated
  }

  private func holds(_ scalar: Unicode.Scalar) -> Bool {
    for item in items {
      switch item {
      case .range(let low, let high): if low <= scalar && scalar <= high { return true }
      case .digit(let negated): if Self.isDigit(scalar) != negated { return true }
      case .word(let negated): if Self.isWord(scalar) != negated { return true }
      case .space(let negated): if scalar.properties.isWhitespace != negated { return true }
      }
    }
    return false
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.numericType == .decimal
  }

  static func isWord(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == "_" || scalar.properties.isAlphabetic || isDigit(scalar) { return true }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation: return true
    default: return false
    }
  }

  /// The single-scalar lower- and upper-case forms of `scalar`.
  static func caseVariants(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    var variants: [Unicode.Scalar] = []
    for mapping in [scalar.properties.lowercaseMapping, scalar.properties.uppercaseMapping] {
      let scalars = mapping.unicodeScalars
      if scalars.count == 1, let only = scalars.first, only != scalar { variants.append(only) }
    }
    return variants
  }
}
