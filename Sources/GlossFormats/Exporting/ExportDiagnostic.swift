import GlossCore

/// A span an export left out, and why: CoNLL columns cannot hold nested or
/// overlapping spans of one column, or spans that do not start and end on
/// token boundaries.
public struct ExportDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// Why a span was left out.
  public enum Reason: Sendable, Hashable {
    /// It overlaps or nests with a span already written in the same column.
    case overlaps(spanID: String)
    /// Its start or end falls inside a token.
    case notTokenAligned
    /// It crosses a sentence boundary.
    case crossesSentence
  }

  /// The document.
  public var documentID: String
  /// The span left out.
  public var span: Span
  /// Why.
  public var reason: Reason

  /// Creates a diagnostic.
  public init(documentID: String, span: Span, reason: Reason) {
    self.documentID = documentID
    self.span = span
    self.reason = reason
  }

  /// `DOC sN layer:LABEL [start, end) …why`.
  public var description: String {
    let head = "\(documentID) \(span.id) \(span.qualifiedLabel) [\(span.start), \(span.end))"
    switch reason {
    case .overlaps(let other): return "\(head) overlaps \(other)"
    case .notTokenAligned: return "\(head) does not start and end on token boundaries"
    case .crossesSentence: return "\(head) crosses a sentence boundary"
    }
  }
}
