/// When a running query must stop: on cancellation or after a time limit.
public struct QueryLimits: Sendable {
  /// Polled while the query runs; when it returns `true` the query stops.
  public var isCancelled: @Sendable () -> Bool
  /// The longest the query may run, in seconds (`nil`: no limit).
  public var timeLimit: Double?

  /// Limits that never stop a query.
  public static let none = QueryLimits()

  /// Creates limits.
  public init(isCancelled: @escaping @Sendable () -> Bool = { false }, timeLimit: Double? = nil) {
    self.isCancelled = isCancelled
    self.timeLimit = timeLimit
  }
}

/// The running check of ``QueryLimits``.
struct LimitCheck {
  let limits: QueryLimits
  let started = ContinuousClock.now

  func check() throws(QueryInterruption) {
    if limits.isCancelled() { throw .cancelled }
    if let limit = limits.timeLimit, ContinuousClock.now - started > .milliseconds(Int(limit * 1000)) {
      throw .timeLimit(seconds: limit)
    }
  }
}
