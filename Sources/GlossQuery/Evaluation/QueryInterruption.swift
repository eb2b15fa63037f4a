/// Why a query stopped before its end.
public enum QueryInterruption: Error, Sendable, Hashable, CustomStringConvertible {
  /// The user cancelled (Ctrl-C).
  case cancelled
  /// The time limit passed.
  case timeLimit(seconds: Double)

  /// What happened.
  public var description: String {
    switch self {
    case .cancelled: return "the query was cancelled"
    case .timeLimit(let seconds):
      return "the query ran longer than the time limit of \(seconds) s (set timeout N to change it)"
    }
  }
}
