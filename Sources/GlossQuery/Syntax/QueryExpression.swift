/// A parsed query: what to find, as a tree.
///
/// Every node evaluates, per document, to a set of matches (ranges of text,
/// some of them spans). Relations keep the matches of their left side that
/// stand in the relation to some match of their right side.
public indirect enum QueryExpression: Sendable, Hashable {
  /// A sequence of token patterns, matched inside one sentence.
  case sequence([TokenPattern])
  /// Spans of a layer (and label), filtered by conditions.
  case spans(SpanPattern)
  /// Whole sentences or whole documents, filtered by conditions.
  case region(Region, FieldCondition?)
  /// A result set named earlier with `let`.
  case named(String)
  /// The matches of either side.
  case union(QueryExpression, QueryExpression)
  /// The matches of the left side that are also (same range) on the right.
  case intersection(QueryExpression, QueryExpression)
  /// The matches of the left side that are not on the right.
  case difference(QueryExpression, QueryExpression)
  /// The matches of the left side that stand in `Relation` to the right side.
  case relation(QueryExpression, Relation, QueryExpression)

  /// The built-in regions.
  public enum Region: String, Sendable, Hashable {
    /// A sentence of the tokenizer.
    case sentence
    /// A whole document.
    case document
  }
}

/// One position of a token sequence: a condition and how often it repeats.
public struct TokenPattern: Sendable, Hashable {
  /// What the token must be; `nil` for any token (`[]`).
  public var condition: TokenCondition?
  /// The fewest repetitions.
  public var minimum: Int
  /// The most repetitions; `nil` for no limit (up to the sentence's end).
  public var maximum: Int?

  /// Creates a pattern.
  public init(condition: TokenCondition?, minimum: Int = 1, maximum: Int? = 1) {
    self.condition = condition
    self.minimum = minimum
    self.maximum = maximum
  }
}

/// The token attributes a query can test.
public enum TokenAttribute: String, Sendable, Hashable, CaseIterable {
  /// The token's text.
  case word
  /// The token's text in lower case.
  case lower
  /// The token's shape: `X` upper, `x` lower, `d` digit, runs cut at four (`Xxxxx`, `dddd`).
  case shape
  /// The universal part of speech (`NOUN`, `VERB`), from the token's syntax.
  case pos
  /// The lemma (`sign` for `signed`), from the token's syntax.
  case lemma
  /// The dependency relation to the token's head (`nsubj`), from its parse.
  case deprel

  /// Whether the attribute comes from the token's syntax (computed by
  /// `tag`), not from its text.
  public var isSyntax: Bool { self == .pos || self == .lemma || self == .deprel }
}

/// A condition on one token, built from comparisons with `&`, `|`, `!`.
public indirect enum TokenCondition: Sendable, Hashable {
  /// `attribute OP "value"`.
  case compare(TokenAttribute, Comparison)
  /// Both.
  case and(TokenCondition, TokenCondition)
  /// Either.
  case or(TokenCondition, TokenCondition)
  /// Not.
  case not(TokenCondition)
}

/// A comparison operator and the value it compares with.
public struct Comparison: Sendable, Hashable {
  /// The operators.
  public enum Operator: String, Sendable, Hashable, CaseIterable {
    /// Equal.
    case equal = "="
    /// Not equal.
    case notEqual = "!="
    /// The regular expression matches somewhere in the value (anchor with `^…$`).
    case matches = "~"
    /// The regular expression matches nowhere.
    case notMatches = "!~"
    /// Less than (numbers as numbers, other values as text).
    case less = "<"
    /// Less than or equal.
    case lessOrEqual = "<="
    /// Greater than.
    case greater = ">"
    /// Greater than or equal.
    case greaterOrEqual = ">="
  }

  /// The operator.
  public var op: Operator
  /// The value (a regular expression for `~` and `!~`).
  public var value: String
  /// Whether case is ignored (`"…"%c`).
  public var ignoresCase: Bool

  /// Creates a comparison.
  public init(_ op: Operator, _ value: String, ignoresCase: Bool = false) {
    self.op = op
    self.value = value
    self.ignoresCase = ignoresCase
  }
}

/// Spans of a layer, optionally of one label, with conditions.
public struct SpanPattern: Sendable, Hashable {
  /// The layer.
  public var layer: String
  /// The label, or `nil` for every label of the layer.
  public var label: String?
  /// Conditions on attributes, text, status, annotator, revision.
  public var condition: FieldCondition?

  /// Creates a span pattern.
  public init(layer: String, label: String? = nil, condition: FieldCondition? = nil) {
    self.layer = layer
    self.label = label
    self.condition = condition
  }

  /// Whether the pattern matches rejected spans too: only when its
  /// condition tests `status` (`entity[status = rejected]`); otherwise a
  /// rejected suggestion is a decision, not an annotation, and is left out.
  public var seesRejected: Bool { condition?.tests("status") ?? false }
}

/// A condition on the fields of a span, sentence or document.
public indirect enum FieldCondition: Sendable, Hashable {
  /// `field OP "value"`.
  case compare(String, Comparison)
  /// Both.
  case and(FieldCondition, FieldCondition)
  /// Either.
  case or(FieldCondition, FieldCondition)
  /// Not.
  case not(FieldCondition)

  /// Whether some comparison in the condition reads `field`.
  public func tests(_ field: String) -> Bool {
    switch self {
    case .compare(let name, _): return name == field
    case .and(let a, let b), .or(let a, let b): return a.tests(field) || b.tests(field)
    case .not(let a): return a.tests(field)
    }
  }
}

/// How the left side of a relation must stand to its right side.
public struct Relation: Sendable, Hashable {
  /// The kinds of relation.
  public enum Kind: String, Sendable, Hashable {
    /// Inside a right-side match (`start ≥`, `end ≤`).
    case within
    /// Covering right-side matches (as many as ``count`` says).
    case contains
    /// Sharing at least one character with a right-side match.
    case overlaps
    /// Ending before a right-side match starts.
    case before
    /// Starting after a right-side match ends.
    case after
    /// Before or after.
    case near
    /// A token of the left match is the head of a token of the right match
    /// (`A >nsubj B`: B's token is A's nominal subject).
    case dominates = ">"
    /// A token of the left match depends on a token of the right match
    /// (`A <nsubj B`: A's token is B's nominal subject).
    case dependsOn = "<"
  }

  /// Where a precedence relation must hold.
  public enum Scope: String, Sendable, Hashable {
    /// Anywhere in the same document.
    case document
    /// In the same sentence.
    case sentence
  }

  /// The kind.
  public var kind: Kind
  /// Whether the relation must not hold (`not within`).
  public var isNegated: Bool = false
  /// For `contains`: how many right-side matches (default at least one).
  public var minimumCount: Int = 1
  /// For `contains`: at most how many (`nil`: no limit).
  public var maximumCount: Int?
  /// For precedence: at most how many tokens lie between the two.
  public var distance: Int?
  /// For precedence: same sentence or same document.
  public var scope: Scope = .document
  /// For dependency relations: the relation (`nsubj` also matches its
  /// subtypes, `nsubj:pass`); `nil` for any.
  public var dependency: String?

  /// Creates a relation.
  public init(
    _ kind: Kind, isNegated: Bool = false, minimumCount: Int = 1, maximumCount: Int? = nil, distance: Int? = nil,
    scope: Scope = .document
  ) {
    self.kind = kind
    self.isNegated = isNegated
    self.minimumCount = minimumCount
    self.maximumCount = maximumCount
    self.distance = distance
    self.scope = scope
  }
}
