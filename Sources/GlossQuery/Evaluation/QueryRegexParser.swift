/// Reads the regular-expression syntax of the query language (the subset
/// listed in `QUERY.md`) into a ``QueryRegexNode``; anything else is
/// refused with a ``QueryRegexError`` saying what and where.
struct QueryRegexParser {
  private let scalars: [Unicode.Scalar]
  private var position = 0
  private var depth = 0

  /// The deepest nesting of groups allowed.
  static let maximumDepth = 100
  /// The largest bound of a counted repetition (`{n,m}`).
  static let maximumCount = 1000

  init(_ pattern: String) {
    scalars = Array(pattern.unicodeScalars)
  }

  /// The pattern, and whether it starts with `(?i)`.
  mutating func parse() throws(QueryRegexError) -> (node: QueryRegexNode, ignoresCase: Bool) {
    var ignoresCase = false
    if scalars.starts(with: Array("(?i)".unicodeScalars)) {
      ignoresCase = true
      position = 4
    }
    let node = try alternation()
    if position < scalars.count {
      // Only an unbalanced ")" stops an alternation early.
      throw QueryRegexError("unbalanced ')'", at: position)
    }
    return (node, ignoresCase)
  }

  private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

  private mutating func alternation() throws(QueryRegexError) -> QueryRegexNode {
    var alternatives = [try concatenation()]
    while current == "|" {
      position += 1
      alternatives.append(try concatenation())
    }
    return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
  }

  private mutating func concatenation() throws(QueryRegexError) -> QueryRegexNode {
    var nodes: [QueryRegexNode] = []
    while let scalar = current, scalar != "|", scalar != ")" {
      var node = try atom()
      if let (minimum, maximum) = try quantifier() {
        node = .repetition(node, minimum: minimum, maximum: maximum)
        var stacked = false
        if let next = current {
          if "*+?".unicodeScalars.contains(next) {
            stacked = true
          } else if next == "{" {
            stacked = try counted() != nil
          }
        }
        if stacked {
          throw QueryRegexError("a quantifier cannot follow another; group the first: (a*)*", at: position)
        }
      }
      nodes.append(node)
    }
    return nodes.count == 1 ? nodes[0] : nodes.isEmpty ? .empty : .concatenation(nodes)
  }

  /// A quantifier after an atom, if there is one; a lazy `?` after it is
  /// accepted (it does not change whether a value matches).
  private mutating func quantifier() throws(QueryRegexError) -> (Int, Int?)? {
    guard let scalar = current else { return nil }
    let start = position
    var result: (Int, Int?)
    switch scalar {
    case "*": result = (0, nil)
    case "+": result = (1, nil)
    case "?": result = (0, 1)
    case "{":
      guard let counted = try counted() else { return nil }
      result = counted
      position -= 1
    default: return nil
    }
    position += 1
    if current == "?" {
      position += 1
    } else if current == "+" {
      throw QueryRegexError("possessive quantifiers (*+, ++, ?+) are not supported", at: start)
    }
    return result
  }

  /// `{n}`, `{n,}`, `{n,m}`, `{,m}`; `nil` (and no move) when the brace
  /// does not start one, as in `a{x`, where it is a literal.
  private mutating func counted() throws(QueryRegexError) -> (Int, Int?)? {
    let start = position
    var index = position + 1
    func number() -> Int? {
      var digits = ""
      while index < scalars.count, ("0"..."9").contains(scalars[index]) {
        digits.unicodeScalars.append(scalars[index])
        index += 1
      }
      return digits.isEmpty ? nil : Int(digits.prefix(9))
    }
    let minimum = number()
    var maximum = minimum
    if index < scalars.count, scalars[index] == "," {
      index += 1
      maximum = number()
    }
    guard index < scalars.count, scalars[index] == "}", minimum != nil || maximum != nil else { return nil }
    let low = minimum ?? 0
    if let maximum, maximum < low {
      throw QueryRegexError("the repetition {\(low),\(maximum)} has its bounds reversed", at: start)
    }
    if low > Self.maximumCount || (maximum ?? 0) > Self.maximumCount {
      throw QueryRegexError("a repetition may count up to \(Self.maximumCount)", at: start)
    }
    position = index + 1
    return (low, maximum)
  }

  private mutating func atom() throws(QueryRegexError) -> QueryRegexNode {
    let start = position
    let scalar = scalars[position]
    position += 1
    switch scalar {
    case ".": return .any
    case "^": return .assert(.start)
    case "$": return .assert(.end)
    case "*", "+", "?":
      throw QueryRegexError("'\(scalar)' has nothing to repeat (write \\\(scalar) for the character)", at: start)
    case "[": return .set(try characterClass())
    case "(": return try group(start)
    case "\\":
      let (node, _) = try escape(inClass: false)
      return node
    default: return .scalar(scalar)
    }
  }

  private mutating func group(_ start: Int) throws(QueryRegexError) -> QueryRegexNode {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else {
      throw QueryRegexError("groups are nested more than \(Self.maximumDepth) deep", at: start)
    }
    if current == "?" {
      let rest = scalars[position...].prefix(3).map(Character.init)
      if rest.starts(with: ["?", ":"]) {
        position += 2
      } else if rest.starts(with: ["?", "<"]), rest.count > 2, rest[2] != "=", rest[2] != "!" {
        // A named group: its name does not matter here.
        while let scalar = current, scalar != ">" { position += 1 }
        guard current == ">" else { throw QueryRegexError("unterminated group name", at: start) }
        position += 1
      } else if rest.starts(with: ["?", "=" as Character]) || rest.starts(with: ["?", "!"])
        || rest.starts(with: ["?", "<"])
      {
        throw QueryRegexError("look-ahead and look-behind ((?=, (?!, (?<=, (?<!) are not supported", at: start)
      } else {
        throw QueryRegexError(
          "this group option is not supported (only (?:…), (?<name>…), and (?i) at the start)", at: start)
      }
    }
    let node = try alternation()
    guard current == ")" else { throw QueryRegexError("this '(' is not closed", at: start) }
    position += 1
    return node
  }

  /// After `\`: a class (`\d`), an assertion (`\b`) or a literal scalar.
  /// The second result is the literal scalar, for ranges in classes.
  private mutating func escape(inClass: Bool) throws(QueryRegexError) -> (QueryRegexNode, Unicode.Scalar?) {
    let start = position - 1
    guard let scalar = current else { throw QueryRegexError("the pattern ends with a lone backslash", at: start) }
    position += 1
    switch scalar {
    case "d": return (.set(ScalarSet(items: [.digit(negated: false)])), nil)
    case "D": return (.set(ScalarSet(items: [.digit(negated: true)])), nil)
    case "w": return (.set(ScalarSet(items: [.word(negated: false)])), nil)
    case "W": return (.set(ScalarSet(items: [.word(negated: true)])), nil)
    case "s": return (.set(ScalarSet(items: [.space(negated: false)])), nil)
    case "S": return (.set(ScalarSet(items: [.space(negated: true)])), nil)
    case "n": return (.scalar("\n"), "\n")
    case "t": return (.scalar("\t"), "\t")
    case "r": return (.scalar("\r"), "\r")
    case "f": return (.scalar("\u{0C}"), "\u{0C}")
    case "b" where !inClass: return (.assert(.wordBoundary), nil)
    case "B" where !inClass: return (.assert(.notWordBoundary), nil)
    case "A" where !inClass: return (.assert(.start), nil)
    case "z" where !inClass: return (.assert(.end), nil)
    case "1"..."9":
      throw QueryRegexError("back-references (\\\(scalar)) are not supported", at: start)
    default:
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        throw QueryRegexError("the escape \\\(scalar) is not supported", at: start)
      }
      return (.scalar(scalar), scalar)
    }
  }

  /// After `[`: items up to `]`.
  private mutating func characterClass() throws(QueryRegexError) -> ScalarSet {
    let start = position - 1
    var set = ScalarSet(items: [])
    if current == "^" {
      set.negated = true
      position += 1
    }
    var first = true
    while true {
      guard let scalar = current else { throw QueryRegexError("this '[' is not closed", at: start) }
      if scalar == "]", !first {
        position += 1
        return set
      }
      first = false
      if scalar == "[" {
        throw QueryRegexError("nested classes and class operations ([[…]], &&, --) are not supported", at: position)
      }
      position += 1
      let low: Unicode.Scalar
      if scalar == "\\" {
        let (node, literal) = try escape(inClass: true)
        guard let literal else {
          if case .set(let inner) = node { set.items += inner.items }
          continue
        }
        low = literal
      } else {
        low = scalar
      }
      // A range `a-z`, unless the `-` is last.
      if current == "-", position + 1 < scalars.count, scalars[position + 1] != "]" {
        let dash = position
        position += 1
        var high = scalars[position]
        position += 1
        if high == "\\" {
          let (_, literal) = try escape(inClass: true)
          guard let literal else { throw QueryRegexError("a range cannot end with a class such as \\d", at: dash) }
          high = literal
        }
        guard low <= high else { throw QueryRegexError("the range \(low)-\(high) is reversed", at: dash) }
        set.items.append(.range(low, high))
      } else {
        set.items.append(.range(low, low))
      }
    }
  }
}
