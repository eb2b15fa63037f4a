import GlossCore

/// The `--status` choice of listing and export commands: which review
/// statuses of spans they include.
public enum StatusChoice: String, CaseIterable, Sendable {
  /// Accepted spans only (the default of exports).
  case accepted
  /// Suggestions not yet reviewed.
  case suggested
  /// Rejected suggestions.
  case rejected
  /// Every span but the rejected ones: the default of `show`.
  case active
  /// Every span.
  case all

  /// The statuses the choice stands for.
  public var statuses: Set<SpanStatus> {
    switch self {
    case .accepted: return [.accepted]
    case .suggested: return [.suggested]
    case .rejected: return [.rejected]
    case .active: return [.accepted, .suggested]
    case .all: return Set(SpanStatus.allCases)
    }
  }
}
