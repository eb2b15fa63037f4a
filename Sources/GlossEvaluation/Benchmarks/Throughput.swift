/// Words per second, the unit every speed benchmark reports.
public enum Throughput {
  /// How many of `words` are handled per second when they take `seconds`;
  /// zero when no time was measured (a rate would be infinite).
  public static func wordsPerSecond(_ words: Int, in seconds: Double) -> Int {
    seconds > 0 ? Int(Double(words) / seconds) : 0
  }
}
