/// Writes query trees back as query text (fully parenthesised), and
/// describes relations for ``QueryPlan/explain``.
public enum QueryDescription {
  /// The expression as query text that parses back to the same tree.
  public static func expression(_ expression: QueryExpression) -> String {
    switch expression {
    case .sequence(let patterns): return patterns.map(token).joined(separator: " ")
    case .spans(let pattern):
      return pattern.layer + (pattern.label.map { ":" + $0 } ?? "")
        + (pattern.condition.map { "[" + field($0) + "]" } ?? "")
    case .region(let region, let condition): return region.rawValue + (condition.map { "[" + field($0) + "]" } ?? "")
    case .named(let name): return name
    case .union(let a, let b): return "(\(self.expression(a)) or \(self.expression(b)))"
    case .intersection(let a, let b): return "(\(self.expression(a)) and \(self.expression(b)))"
    case .difference(let a, let b): return "(\(self.expression(a)) and not \(self.expression(b)))"
    case .relation(let a, let relation, let b):
      var text =
        "(\(self.expression(a)) " + (relation.isNegated ? "not " : "") + relation.kind.rawValue
        + (relation.dependency ?? "")
      if relation.kind == .contains, relation.minimumCount != 1 || relation.maximumCount != nil {
        text += "{\(relation.minimumCount),\(relation.maximumCount.map(String.init) ?? "")}"
      }
      text += " " + self.expression(b)
      if let distance = relation.distance { text += " within \(distance)" }
      if relation.scope == .sentence { text += " in sentence" }
      return text + ")"
    }
  }

  /// One token pattern: `[word="x"]{0,3}`.
  public static func token(_ pattern: TokenPattern) -> String {
    var text = "[" + (pattern.condition.map(token) ?? "") + "]"
    switch (pattern.minimum, pattern.maximum) {
    case (1, 1?): break
    case (let low, let high?) where low == high: text += "{\(low)}"
    case (let low, let high): text += "{\(low),\(high.map(String.init) ?? "")}"
    }
    return text
  }

  /// A token condition.
  public static func token(_ condition: TokenCondition) -> String {
    switch condition {
    case .compare(let attribute, let comparison): return attribute.rawValue + QueryDescription.comparison(comparison)
    case .and(let a, let b): return "(\(token(a)) & \(token(b)))"
    case .or(let a, let b): return "(\(token(a)) | \(token(b)))"
    case .not(let a): return "!" + token(a)
    }
  }

  /// A field condition.
  public static func field(_ condition: FieldCondition) -> String {
    switch condition {
    case .compare(let name, let comparison): return name + QueryDescription.comparison(comparison)
    case .and(let a, let b): return "(\(field(a)) & \(field(b)))"
    case .or(let a, let b): return "(\(field(a)) | \(field(b)))"
    case .not(let a): return "!" + field(a)
    }
  }

  /// `OP "value"` with the value quoted and escaped.
  public static func comparison(_ comparison: Comparison) -> String {
    var escaped = ""
    for character in comparison.value {
      if character == "\"" || character == "\\" { escaped.append("\\") }
      escaped.append(character)
    }
    return comparison.op.rawValue + "\"" + escaped + "\"" + (comparison.ignoresCase ? "%c" : "")
  }

  /// How a relation is evaluated.
  static func relation(_ relation: Relation) -> String {
    let not = relation.isNegated ? "not " : ""
    switch relation.kind {
    case .within:
      return
        "\(not)within: keep the left matches inside some right match (binary search on the right side ordered by start, with a running maximum of ends)"
    case .contains:
      let count =
        relation.minimumCount == 1 && relation.maximumCount == nil
        ? "some right match"
        : "\(relation.minimumCount)\(relation.maximumCount.map { "–\($0)" } ?? " or more") right matches"
      return
        "\(not)contains: keep the left matches covering \(count) (binary search to the first right match starting inside, then a scan to the left match's end)"
    case .overlaps:
      return
        "\(not)overlaps: keep the left matches sharing a character with a right match (binary search, scan back while the running maximum of ends reaches)"
    case .dominates, .dependsOn:
      let label = relation.dependency.map { "'\($0)' (or a subtype)" } ?? "any relation"
      let role = relation.kind == .dominates ? "the head of a token in" : "a dependent of a token in"
      return
        "\(not)\(relation.kind.rawValue)\(relation.dependency ?? ""): keep the left matches with a token that is \(role) a right match, by \(label) (one pass over the document's heads)"
    case .before, .after, .near:
      let distance = relation.distance.map { " with at most \($0) token\($0 == 1 ? "" : "s") between" } ?? ""
      let scope = relation.scope == .sentence ? " in the same sentence" : " in the same document"
      return
        "\(not)\(relation.kind.rawValue): keep the left matches with a right match \(relation.kind == .near ? "on either side" : relation.kind.rawValue + " them")\(distance)\(scope) (binary search for the nearest right match)"
    }
  }
}
