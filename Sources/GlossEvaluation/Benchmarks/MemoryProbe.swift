import GlossCore

#if canImport(Glibc)
  import Glibc
#endif

/// The process's resident memory, read from `/proc/self/status` (Linux;
/// zero elsewhere), so a benchmark can report what it costs in memory.
enum MemoryProbe {
  /// Where Linux reports the process's memory.
  private static let statusPath = "/proc/self/status"
  /// Writing this to `/proc/self/clear_refs` resets the peak resident size.
  private static let resetPeakCommand = "5"
  /// `/proc/self/status` counts in kilobytes (KiB).
  private static let bytesPerKilobyte = 1024

  /// The current resident size in bytes (`VmRSS`).
  static func current() -> Int { field("VmRSS:") }

  /// The peak resident size in bytes (`VmHWM`) since the process started
  /// or the last ``resetPeak()``.
  static func peak() -> Int { field("VmHWM:") }

  /// Resets the peak to the current size (`/proc/self/clear_refs`).
  static func resetPeak() {
    let descriptor = open("/proc/self/clear_refs", O_WRONLY)
    guard descriptor >= 0 else { return }
    _ = write(descriptor, resetPeakCommand, 1)
    close(descriptor)
  }

  /// The value of the `name` line of the status file, in bytes.
  private static func field(_ name: String) -> Int {
    guard let bytes = try? FileSystem.readFile(atPath: statusPath) else { return 0 }
    let text = String(decoding: bytes, as: UTF8.self)
    for line in text.split(separator: "\n") where line.hasPrefix(name) {
      let digits = line.dropFirst(name.count).filter(\.isNumber)
      return (Int(digits) ?? 0) * bytesPerKilobyte
    }
    return 0
  }
}
