#if canImport(Glibc)
  import Glibc
#endif

/// A system call on a file or directory failed.
///
/// It keeps the path, what Gloss was trying to do and the `errno` value, so
/// messages read like `cannot read 'Corpus/a.txt': No such file or directory`.
public struct FileSystemError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file or directory involved, as given by the caller.
  public var path: String
  /// What was being attempted, as a verb phrase such as `read` or `create directory`.
  public var operation: String
  /// The `errno` value the system call reported.
  public var errno: Int32
  /// For two-path operations such as `rename`, the other path; otherwise `nil`.
  public var destination: String?

  /// Creates an error for `operation` on `path` that failed with `errno`.
  package init(path: String, operation: String, errno: Int32, destination: String? = nil) {
    self.path = path
    self.operation = operation
    self.errno = errno
    self.destination = destination
  }

  /// Creates an error from the calling thread's current `errno`.
  package static func current(path: String, operation: String, destination: String? = nil)
    -> FileSystemError
  {
    FileSystemError(path: path, operation: operation, errno: Glibc.errno, destination: destination)
  }

  /// The system's text for ``errno``, such as `No such file or directory`.
  public var reason: String {
    var buffer = [CChar](repeating: 0, count: 256)
    // The XSI strerror_r fills the buffer and is safe to call from any thread.
    guard strerror_r(errno, &buffer, buffer.count) == 0 else { return "error \(errno)" }
    let length = buffer.firstIndex(of: 0) ?? buffer.count
    return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The symbolic name of ``errno`` for the failures a user can act on
  /// (`ENOSPC`, `EACCES`, `EROFS`…), or `nil` for others.
  public var errnoName: String? {
    let names: [Int32: String] = [
      ENOSPC: "ENOSPC", EDQUOT: "EDQUOT", EACCES: "EACCES", EPERM: "EPERM", EROFS: "EROFS", EIO: "EIO",
      EFBIG: "EFBIG", EMFILE: "EMFILE", ENFILE: "ENFILE", ENOENT: "ENOENT", ENOTDIR: "ENOTDIR",
    ]
    return names[errno]
  }

  /// The message, such as `cannot read 'Corpus/a.txt': No such file or directory`.
  public var description: String {
    if let destination {
      return "cannot \(operation) '\(path)' to '\(destination)': \(reason)"
    }
    return "cannot \(operation) '\(path)': \(reason)"
  }
}
