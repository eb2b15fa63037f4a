#if canImport(Glibc)
  import Glibc
#endif

/// A monotonic clock read in seconds, for the benchmarks: a `Double` is
/// cheap to take, subtract and compare in the innermost timing loops, and
/// the clock never jumps with the wall clock.
enum MonotonicClock {
  /// Nanoseconds in a second.
  private static let nanosecondsPerSecond = 1e9

  /// The current time in seconds since an arbitrary fixed point.
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / nanosecondsPerSecond
  }

  /// The seconds `body` takes, and its result.
  static func time<Result>(_ body: () throws -> Result) rethrows -> (seconds: Double, result: Result) {
    let start = now()
    let result = try body()
    return (now() - start, result)
  }
}
