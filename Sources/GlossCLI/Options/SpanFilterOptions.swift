import ArgumentParser
import GlossCore

/// The `--status` choice of listing and export commands.
enum StatusChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
  case accepted, suggested, rejected, all

  /// The statuses the choice stands for.
  var statuses: Set<SpanStatus> {
    switch self {
    case .accepted: return [.accepted]
    case .suggested: return [.suggested]
    case .rejected: return [.rejected]
    case .all: return Set(SpanStatus.allCases)
    }
  }
}
