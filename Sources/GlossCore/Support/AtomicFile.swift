#if canImport(Glibc)
  import Glibc
#endif

/// Writes files so that readers, and a crash, see either the old content or
/// the new, never a mix.
///
/// The content goes to a temporary file `.<basename>.tmp-<pid>-<random>` in
/// the target's directory, which is flushed to disk with `fsync` and renamed
/// over the target; the directory is then synced so the rename itself is
/// durable. On failure the temporary file is removed and the target is left
/// as it was. New files are created with mode 0644, less the process umask.
package enum AtomicFile {
  /// How many bytes a ``Writer`` collects before writing them to the file.
  package static let bufferSize = 64 * 1024

  /// Replaces the file at `path` with `bytes`, atomically.
  ///
  /// - Throws: ``FileSystemError`` naming `path`; the old file is untouched
  ///   unless the failure was syncing the directory after the rename.
  package static func write(_ bytes: [UInt8], toPath path: String) throws(FileSystemError) {
    let file = try TemporaryFile(for: path)
    let error = bytes.withUnsafeBytes { FileSystem.writeFully(file.fd, $0) }
    guard error == 0 else {
      file.discard()
      throw FileSystemError(path: path, operation: "write", errno: error)
    }
    try file.commit()
  }

  /// Writes `bytes` to a synced temporary file beside `path`, without
  /// replacing `path` yet: a commit prepares every file it replaces first
  /// (the writes that can run out of space), then renames them all.
  ///
  /// - Throws: ``FileSystemError`` naming `path`; no temporary file is left.
  package static func prepare(_ bytes: [UInt8], toPath path: String) throws(FileSystemError) -> Prepared {
    let file = try TemporaryFile(for: path)
    let error = bytes.withUnsafeBytes { FileSystem.writeFully(file.fd, $0) }
    guard error == 0 else {
      file.discard()
      throw FileSystemError(path: path, operation: "write", errno: error)
    }
    try file.sync()
    return Prepared(file: file)
  }

  /// A file written and synced under its temporary name by
  /// ``prepare(_:toPath:)``, waiting to be renamed over its target.
  package struct Prepared {
    /// The closed temporary file.
    fileprivate let file: TemporaryFile

    /// The path it will replace.
    package var targetPath: String { file.targetPath }

    /// Renames the file over its target and syncs the directory.
    ///
    /// - Throws: ``FileSystemError``; the temporary file is removed if the
    ///   rename fails.
    package func commit() throws(FileSystemError) {
      try file.publish()
    }

    /// Removes the temporary file, leaving the target as it was.
    package func discard() {
      _ = unlink(file.temporaryPath)
    }
  }

  /// Replaces the file at `path` with whatever `body` writes, atomically and
  /// in constant memory.
  ///
  /// If `body` throws, the temporary file is removed, the target is left
  /// untouched, and `body`'s error is rethrown unchanged.
  ///
  /// - Throws: `body`'s error, or ``FileSystemError`` naming `path`.
  package static func write(toPath path: String, _ body: (inout Writer) throws -> Void) throws {
    let file = try TemporaryFile(for: path)
    var writer = Writer(fd: file.fd, path: path)
    do {
      try body(&writer)
      try writer.flush()
    } catch {
      file.discard()
      throw error
    }
    try file.commit()
  }

  /// Buffered output to the temporary file of a streaming ``AtomicFile`` write.
  ///
  /// It cannot be copied, so no buffered bytes can be stranded in a copy.
  package struct Writer: ~Copyable {
    /// The temporary file's descriptor; ``AtomicFile`` owns and closes it.
    private let fd: Int32
    /// The target path, used in error messages.
    private let path: String
    /// Bytes not yet written to the file.
    private var buffer: [UInt8] = []
    /// The first write error, repeated by every later call.
    private var failure: FileSystemError?

    fileprivate init(fd: Int32, path: String) {
      self.fd = fd
      self.path = path
      buffer.reserveCapacity(AtomicFile.bufferSize)
    }

    /// Appends `bytes` to the file, writing through a 64 KiB buffer.
    ///
    /// - Throws: ``FileSystemError`` if the file cannot be written; once a
    ///   write has failed, every later call fails the same way.
    package mutating func write(_ bytes: [UInt8]) throws(FileSystemError) {
      let error = bytes.withUnsafeBytes { append($0) }
      if error != 0 { try fail(error) }
    }

    /// Appends the UTF-8 encoding of `text` to the file.
    ///
    /// - Throws: ``FileSystemError`` if the file cannot be written.
    package mutating func write(_ text: String) throws(FileSystemError) {
      var text = text
      let error = text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
      if error != 0 { try fail(error) }
    }

    /// Writes out everything buffered so far.
    fileprivate mutating func flush() throws(FileSystemError) {
      if let failure { throw failure }
      let error = buffer.withUnsafeBytes { FileSystem.writeFully(fd, $0) }
      buffer.removeAll(keepingCapacity: true)
      if error != 0 { try fail(error) }
    }

    /// Buffers or writes `bytes`; returns 0 or the `errno` of a failed write.
    private mutating func append(_ bytes: UnsafeRawBufferPointer) -> Int32 {
      if failure != nil { return failure?.errno ?? 0 }
      if buffer.count + bytes.count <= AtomicFile.bufferSize {
        buffer.append(contentsOf: bytes)
        return 0
      }
      let error = buffer.withUnsafeBytes { FileSystem.writeFully(fd, $0) }
      buffer.removeAll(keepingCapacity: true)
      guard error == 0 else { return error }
      if bytes.count >= AtomicFile.bufferSize { return FileSystem.writeFully(fd, bytes) }
      buffer.append(contentsOf: bytes)
      return 0
    }

    /// Records and throws a write failure.
    private mutating func fail(_ error: Int32) throws(FileSystemError) {
      let failure = self.failure ?? FileSystemError(path: path, operation: "write", errno: error)
      self.failure = failure
      throw failure
    }
  }
}

/// An open temporary file beside the target of an atomic write.
private struct TemporaryFile {
  /// The open, write-only descriptor.
  let fd: Int32
  /// The temporary file's path.
  let temporaryPath: String
  /// The path to replace.
  let targetPath: String
  /// The directory holding both, for the final `fsync`.
  let directory: String

  /// Creates and opens a fresh temporary file for replacing `path`.
  init(for path: String) throws(FileSystemError) {
    let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
    let prefix = slash.map { String(path[...$0]) } ?? ""
    let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let random = String(UInt64.random(in: .min ... .max), radix: 16)
    temporaryPath = "\(prefix).\(base).tmp-\(getpid())-\(random)"
    targetPath = path
    directory = prefix.isEmpty ? "." : prefix
    fd = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw .current(path: path, operation: "create a temporary file for") }
  }

  /// Syncs and closes the file, then renames it over the target and syncs
  /// the directory; removes the temporary file if any step before the
  /// rename fails.
  func commit() throws(FileSystemError) {
    try sync()
    try publish()
  }

  /// Syncs and closes the file; removes it if either fails.
  func sync() throws(FileSystemError) {
    guard Self.retryingInterrupts({ fsync(fd) }) == 0 else {
      let error = FileSystemError.current(path: targetPath, operation: "write")
      discard()
      throw error
    }
    guard close(fd) == 0 else {
      let error = FileSystemError.current(path: targetPath, operation: "write")
      _ = unlink(temporaryPath)
      throw error
    }
  }

  /// Renames the synced, closed file over the target and syncs the
  /// directory; removes the temporary file if the rename fails.
  func publish() throws(FileSystemError) {
    guard rename(temporaryPath, targetPath) == 0 else {
      let error = FileSystemError.current(
        path: temporaryPath, operation: "rename", destination: targetPath)
      _ = unlink(temporaryPath)
      throw error
    }
    let directoryFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard directoryFD >= 0 else { throw .current(path: directory, operation: "sync directory") }
    defer { _ = close(directoryFD) }
    // Some file systems cannot sync directories and say so with EINVAL.
    if Self.retryingInterrupts({ fsync(directoryFD) }) != 0 && Glibc.errno != EINVAL {
      throw .current(path: directory, operation: "sync directory")
    }
  }

  /// Closes and removes the temporary file, leaving the target untouched.
  func discard() {
    _ = close(fd)
    _ = unlink(temporaryPath)
  }

  /// Runs a system call again for as long as it fails with `EINTR`.
  static func retryingInterrupts(_ call: () -> Int32) -> Int32 {
    while true {
      let result = call()
      if result == 0 || Glibc.errno != EINTR { return result }
    }
  }
}
