#if canImport(Glibc)
  import Glibc
#endif

/// An exclusive advisory lock on a file, held while one process writes a
/// corpus.
///
/// It uses `flock`, so the kernel drops the lock when the holder exits or
/// crashes and a stale lock file never blocks anyone. The holder writes
/// `<pid> <purpose>` into the file so that waiting processes can say who
/// holds it. The file itself is left in place on release.
package final class FileLock {
  /// The lock file's path.
  package let path: String
  /// What the holder is doing, as written into the lock file.
  package let purpose: String
  /// The open lock file, or -1 once released.
  private var fd: Int32

  private init(path: String, purpose: String, fd: Int32) {
    self.path = path
    self.purpose = purpose
    self.fd = fd
  }

  deinit {
    release()
  }

  /// Whether this object still holds the lock.
  package var isHeld: Bool { fd >= 0 }

  /// Takes the lock at `path`, creating the file if needed, and waits up to
  /// `timeout` seconds for another holder to let go.
  ///
  /// - Parameters:
  ///   - purpose: A word or two about the work, such as `commit`, shown to
  ///     processes that find the lock busy.
  ///   - timeout: How long to keep retrying, in seconds; 0 tries once.
  /// - Throws: ``FileLockError`` naming the holder if the lock stays busy,
  ///   or wrapping a ``FileSystemError`` if the file cannot be used.
  package static func acquire(atPath path: String, purpose: String, timeout: Double)
    throws(FileLockError) -> FileLock
  {
    let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw FileLockError(
        path: path, reason: .fileSystem(.current(path: path, operation: "open lock file")))
    }
    let deadline = monotonicSeconds() + max(timeout, 0)
    var pause = 0.005
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let error = Glibc.errno
      if error == EINTR { continue }
      guard error == EWOULDBLOCK else {
        _ = close(fd)
        let failure = FileSystemError(path: path, operation: "lock", errno: error)
        throw FileLockError(path: path, reason: .fileSystem(failure))
      }
      let remaining = deadline - monotonicSeconds()
      guard remaining > 0 else {
        let (pid, holderPurpose) = holder(of: fd)
        _ = close(fd)
        throw FileLockError(path: path, reason: .busy(holderPID: pid, holderPurpose: holderPurpose))
      }
      sleep(seconds: min(pause, remaining))
      pause = min(pause * 2, 0.05)
    }
    let lock = FileLock(path: path, purpose: purpose, fd: fd)
    let note = Array("\(getpid()) \(purpose)\n".utf8)
    let error = ftruncate(fd, 0) == 0 ? note.withUnsafeBytes { writeNote(fd, $0) } : Glibc.errno
    guard error == 0 else {
      lock.release()
      let failure = FileSystemError(path: path, operation: "write lock file", errno: error)
      throw FileLockError(path: path, reason: .fileSystem(failure))
    }
    return lock
  }

  /// Unlocks and closes the lock file; calling it again does nothing.
  package func release() {
    guard fd >= 0 else { return }
    _ = flock(fd, LOCK_UN)
    _ = close(fd)
    fd = -1
  }

  // MARK: Helpers

  /// Writes the holder note at the start of the file.
  private static func writeNote(_ fd: Int32, _ note: UnsafeRawBufferPointer) -> Int32 {
    guard lseek(fd, 0, SEEK_SET) == 0 else { return Glibc.errno }
    return FileSystem.writeFully(fd, note)
  }

  /// Reads the holder's pid and purpose from the lock file, if it has them.
  private static func holder(of fd: Int32) -> (Int32?, String?) {
    var buffer = [UInt8](repeating: 0, count: 512)
    let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return (nil, nil) }
    let text = String(decoding: buffer[..<count], as: UTF8.self)
    let line =
      text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    let parts = line.split(separator: " ", maxSplits: 1)
    guard let first = parts.first, let pid = Int32(first) else { return (nil, nil) }
    let purpose = parts.count > 1 ? String(parts[1]) : nil
    return (pid, purpose)
  }

  /// Seconds on the monotonic clock, for timeouts immune to clock changes.
  private static func monotonicSeconds() -> Double {
    var now = timespec()
    _ = clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }

  /// Sleeps for `seconds` (under one second).
  private static func sleep(seconds: Double) {
    var request = timespec(tv_sec: 0, tv_nsec: Int(seconds * 1e9))
    var remaining = timespec()
    while nanosleep(&request, &remaining) != 0 && Glibc.errno == EINTR {
      request = remaining
    }
  }
}
