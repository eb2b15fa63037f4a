#if canImport(Glibc)
  import Glibc
#endif

/// Removes the temporary files that a killed process left behind: those an
/// ``AtomicFile`` writes (`.<name>.tmp-<pid>-<random>`) and the temporary
/// folders of a folder export (`.<name>.tmp-<pid>`), once their process is
/// gone. A file whose process still runs (or whose number was taken by
/// another process) is left alone, so a write in progress is never touched.
package enum StaleTemporaryFiles {
  /// Removes the stale temporary entries of every name in `directory`;
  /// returns their names. Errors (a file already gone) are ignored.
  @discardableResult
  package static func remove(in directory: String) -> [String] {
    guard let names = try? FileSystem.contentsOfDirectory(atPath: directory) else { return [] }
    var removed: [String] = []
    for name in names where isStale(name) {
      if (try? removeTree(Path.join(directory, name))) != nil { removed.append(name) }
    }
    return removed
  }

  /// Removes the stale temporary entries left beside `path` by earlier
  /// writes of `path` (an export's target); returns their names.
  @discardableResult
  package static func remove(beside path: String) -> [String] {
    let base = Path.lastComponent(path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path)
    let directory = Path.directory(path)
    guard let names = try? FileSystem.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory) else {
      return []
    }
    var removed: [String] = []
    for name in names where name.hasPrefix(".\(base).tmp-") && isStale(name) {
      if (try? removeTree(Path.join(directory, name))) != nil { removed.append(name) }
    }
    return removed
  }

  /// Whether `name` is a temporary name whose process no longer runs.
  package static func isStale(_ name: String) -> Bool {
    let bytes = Array(name.utf8)
    let marker = Array(".tmp-".utf8)
    guard bytes.first == UInt8(ascii: "."), bytes.count > marker.count + 1 else { return false }
    var start = bytes.count - marker.count
    while start > 0, !bytes[start..<start + marker.count].elementsEqual(marker) { start -= 1 }
    guard start > 0 else { return false }
    let rest = Substring(String(decoding: bytes[(start + marker.count)...], as: UTF8.self))
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, let pid = Int32(digits), pid > 0, pid != getpid() else { return false }
    let after = rest.dropFirst(digits.count)
    guard after.isEmpty || (after.first == "-" && after.dropFirst().allSatisfy(\.isHexDigit)) else { return false }
    // kill(pid, 0) fails with ESRCH only when no such process exists.
    return kill(pid, 0) != 0 && errno == ESRCH
  }

  private static func removeTree(_ path: String) throws(FileSystemError) {
    guard !FileSystem.isSymbolicLink(atPath: path), FileSystem.isDirectory(atPath: path) else {
      try FileSystem.removeItem(atPath: path)
      return
    }
    for name in try FileSystem.contentsOfDirectory(atPath: path) { try removeTree(Path.join(path, name)) }
    try FileSystem.removeItem(atPath: path)
  }
}
