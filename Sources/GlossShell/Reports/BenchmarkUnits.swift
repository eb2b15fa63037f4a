/// The byte units the benchmark reports write sizes in.
enum BenchmarkUnits {
  /// Bytes in a mebibyte, the "MB" of memory and text sizes.
  static let bytesPerMebibyte = 1_048_576
  /// Bytes in a decimal megabyte, the "MB" of export output and MB/s.
  static let bytesPerMegabyte = 1_000_000

  /// `bytes` in mebibytes, with a fraction.
  static func mebibytes(_ bytes: Int) -> Double { Double(bytes) / Double(bytesPerMebibyte) }

  /// `bytes` in whole mebibytes, rounded down.
  static func wholeMebibytes(_ bytes: Int) -> Int { bytes / bytesPerMebibyte }
}
