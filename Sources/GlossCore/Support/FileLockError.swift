/// A ``FileLock`` could not be taken.
///
/// When another process holds the lock, the error names it (from the pid and
/// purpose the holder wrote into the lock file), so the user knows what to
/// wait for instead of deleting the lock.
public struct FileLockError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Why the lock could not be taken.
  public enum Reason: Hashable, Sendable {
    /// Another holder kept the lock for the whole timeout; its pid and
    /// purpose are `nil` when the lock file did not say.
    case busy(holderPID: Int32?, holderPurpose: String?)
    /// The lock file could not be opened, locked or written.
    case fileSystem(FileSystemError)
  }

  /// The lock file's path, as given to `FileLock.acquire(atPath:purpose:timeout:)`.
  public var path: String
  /// Why the lock could not be taken.
  public var reason: Reason

  /// Creates an error for the lock at `path`.
  package init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }

  /// The message, such as `another gloss process (pid 4242, commit) is
  /// writing this corpus; try again when it finishes (lock: Annotations/.lock)`.
  public var description: String {
    switch reason {
    case .busy(let pid, let purpose):
      let details = [pid.map { "pid \($0)" }, purpose].compactMap { $0 }
      let holder = details.isEmpty ? "" : " (\(details.joined(separator: ", ")))"
      return
        "another gloss process\(holder) is writing this corpus; try again when it finishes (lock: \(path))"
    case .fileSystem(let error):
      return error.description
    }
  }
}
