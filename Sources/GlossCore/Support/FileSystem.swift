#if canImport(Glibc)
  import Glibc
#endif

/// Thin wrappers over the POSIX file calls Gloss needs, with errors that name
/// the path and the operation.
///
/// Calls retry on `EINTR` and loop over short reads and writes, so callers
/// never see either.
package enum FileSystem {
  /// Reads a whole file into memory.
  ///
  /// The size from `fstat` sizes the buffer, and reading continues to end of
  /// file, so files that grow or report size 0 (such as `/proc`) are read fully.
  ///
  /// - Throws: ``FileSystemError`` with operation `read`.
  package static func readFile(atPath path: String) throws(FileSystemError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .current(path: path, operation: "read") }
    defer { _ = close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .current(path: path, operation: "read") }
    if info.st_mode & S_IFMT == S_IFDIR {
      throw FileSystemError(path: path, operation: "read", errno: EISDIR)
    }
    // One spare byte lets the first read loop see end of file without a second pass.
    let capacity = max(Int(info.st_size), 0) + 1
    var failure: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
      (count, failure) = readFully(fd, into: UnsafeMutableRawBufferPointer(buffer))
    }
    var full = bytes.count == capacity
    while failure == 0 && full {
      withUnsafeTemporaryAllocation(byteCount: 64 * 1024, alignment: 1) { chunk in
        let (count, error) = readFully(fd, into: chunk)
        bytes.append(contentsOf: chunk[0..<count])
        failure = error
        full = count == chunk.count
      }
    }
    if failure != 0 { throw FileSystemError(path: path, operation: "read", errno: failure) }
    return bytes
  }

  /// Whether something exists at `path`, following symbolic links.
  package static func fileExists(atPath path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// Whether `path` names a directory, following symbolic links.
  package static func isDirectory(atPath path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  /// The working directory, or `nil` when it cannot be read.
  package static func currentDirectory() -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return nil }
    return String(cString: buffer)
  }

  /// The absolute path of what `path` names, with every symbolic link,
  /// `.` and `..` resolved, or `nil` when it does not exist.
  package static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Where writing to `path` would really write: the real path of its
  /// nearest existing folder, with the components that do not exist yet
  /// appended. `relativeTo` makes a relative path absolute.
  package static func resolvedWritePath(_ path: String, relativeTo base: String) -> String {
    let absolute = Path.normalized(path.hasPrefix("/") ? path : Path.join(base, path))
    var existing = absolute
    var missing: [String] = []
    while realPath(existing) == nil && existing != "/" {
      missing.insert(Path.lastComponent(existing), at: 0)
      existing = Path.directory(existing)
    }
    let real = realPath(existing) ?? existing
    return missing.reduce(real) { Path.join($0, $1) }
  }

  /// Whether `path` is itself a symbolic link (not followed).
  package static func isSymbolicLink(atPath path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
  }

  /// Whether `path` is itself a regular file: not a link, folder or device.
  package static func isRegularFileNotFollowingLinks(atPath path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
  }

  /// The modification time of a file or folder in nanoseconds since the
  /// epoch, or `nil` if it cannot be read. A folder's stamp changes whenever
  /// an entry is created, removed or renamed in it.
  package static func modificationStamp(atPath path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec
  }

  /// The size, inode and modification and change times of a file, or `nil`
  /// if it cannot be read.
  package static func stamp(atPath path: String) -> FileStamp? {
    let taken = now()
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileStamp(
      size: Int(info.st_size), inode: Int(info.st_ino),
      modified: info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec,
      changed: info.st_ctim.tv_sec * 1_000_000_000 + info.st_ctim.tv_nsec, taken: taken)
  }

  /// The time now in nanoseconds since the epoch (the clock file times use).
  package static func now() -> Int {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return time.tv_sec * 1_000_000_000 + time.tv_nsec
  }

  /// The names of the entries in a directory, sorted bytewise, without `.`
  /// and `..`.
  ///
  /// Bytewise order is the same on every machine and locale, which keeps
  /// corpus listings and hashes stable.
  ///
  /// - Throws: ``FileSystemError`` with operation `list directory`.
  package static func contentsOfDirectory(atPath path: String) throws(FileSystemError) -> [String] {
    guard let directory = opendir(path) else {
      throw .current(path: path, operation: "list directory")
    }
    defer { _ = closedir(directory) }
    var names: [String] = []
    while true {
      Glibc.errno = 0
      guard let entry = readdir(directory) else {
        if Glibc.errno != 0 { throw .current(path: path, operation: "list directory") }
        break
      }
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        let length = raw.firstIndex(of: 0) ?? raw.count
        return String(decoding: raw[0..<length], as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// Creates a directory with mode 0755 (less the umask); it is not an error
  /// if a directory is already there.
  ///
  /// - Parameter intermediate: Whether to create missing parent directories too.
  /// - Throws: ``FileSystemError`` with operation `create directory`.
  package static func createDirectory(atPath path: String, intermediate: Bool)
    throws(FileSystemError)
  {
    if intermediate {
      var prefix = path.hasPrefix("/") ? "/" : ""
      let components = path.split(separator: "/")
      for component in components.dropLast() {
        prefix += component
        try makeDirectory(prefix)
        prefix += "/"
      }
    }
    try makeDirectory(path)
  }

  /// Removes a file, a symbolic link, or an empty directory.
  ///
  /// - Throws: ``FileSystemError`` with operation `remove`.
  package static func removeItem(atPath path: String) throws(FileSystemError) {
    var info = stat()
    guard lstat(path, &info) == 0 else { throw .current(path: path, operation: "remove") }
    let result = info.st_mode & S_IFMT == S_IFDIR ? rmdir(path) : unlink(path)
    guard result == 0 else { throw .current(path: path, operation: "remove") }
  }

  /// Renames `source` to `destination`, atomically replacing any file there.
  ///
  /// - Throws: ``FileSystemError`` with operation `rename`.
  package static func rename(from source: String, to destination: String) throws(FileSystemError) {
    guard Glibc.rename(source, destination) == 0 else {
      throw .current(path: source, operation: "rename", destination: destination)
    }
  }

  // MARK: Helpers

  /// Reads until `buffer` is full, end of file, or an error other than `EINTR`.
  ///
  /// - Returns: The number of bytes read, and the `errno` of a failure or 0.
  package static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> (
    Int, Int32
  ) {
    guard let base = buffer.baseAddress else { return (0, 0) }
    var filled = 0
    while filled < buffer.count {
      let result = read(fd, base + filled, buffer.count - filled)
      if result > 0 {
        filled += result
      } else if result == 0 {
        break
      } else if Glibc.errno != EINTR {
        return (filled, Glibc.errno)
      }
    }
    return (filled, 0)
  }

  /// Writes all of `buffer`, looping over short writes and `EINTR`.
  ///
  /// - Returns: 0 on success, or the `errno` of the failure.
  package static func writeFully(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
    guard let base = buffer.baseAddress else { return 0 }
    var written = 0
    while written < buffer.count {
      let result = write(fd, base + written, buffer.count - written)
      if result >= 0 {
        written += result
      } else if Glibc.errno != EINTR {
        return Glibc.errno
      }
    }
    return 0
  }

  /// Makes one directory, accepting one that already exists; errors name
  /// the directory that could not be made.
  private static func makeDirectory(_ path: String) throws(FileSystemError) {
    guard mkdir(path, 0o755) != 0 else { return }
    let error = Glibc.errno
    if error == EEXIST && isDirectory(atPath: path) { return }
    throw FileSystemError(path: path, operation: "create directory", errno: error)
  }

  /// The size of a file in bytes, or `nil` if it does not exist.
  package static func fileSize(atPath path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Int(info.st_size)
  }

  /// Cuts the file to `length` bytes (creating it if missing), appends
  /// `bytes`, and flushes it to disk.
  ///
  /// Used for append-only logs under a lock: cutting first makes a retried
  /// append idempotent, and drops the torn tail of an append a crash
  /// interrupted.
  package static func truncateAndAppend(
    _ bytes: [UInt8], toPath path: String, at length: Int
  ) throws(FileSystemError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw FileSystemError.current(path: path, operation: "open for appending") }
    defer { close(descriptor) }
    guard ftruncate(descriptor, off_t(length)) == 0 else {
      throw FileSystemError.current(path: path, operation: "truncate")
    }
    guard lseek(descriptor, off_t(length), SEEK_SET) >= 0 else {
      throw FileSystemError.current(path: path, operation: "seek")
    }
    let error = bytes.withUnsafeBytes { writeFully(descriptor, $0) }
    guard error == 0 else { throw FileSystemError(path: path, operation: "append to", errno: error) }
    guard fsync(descriptor) == 0 else { throw FileSystemError.current(path: path, operation: "sync") }
  }

  /// Cuts the file at `path` to `length` bytes and syncs it (taking back an
  /// append; it needs no free space).
  package static func truncate(atPath path: String, toLength length: Int) throws(FileSystemError) {
    let descriptor = open(path, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileSystemError.current(path: path, operation: "open for truncating") }
    defer { close(descriptor) }
    guard ftruncate(descriptor, off_t(length)) == 0 else {
      throw FileSystemError.current(path: path, operation: "truncate")
    }
    guard fsync(descriptor) == 0 else { throw FileSystemError.current(path: path, operation: "sync") }
  }

  /// The bytes of a file from `offset` to its end.
  package static func readFile(atPath path: String, from offset: Int) throws(FileSystemError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileSystemError.current(path: path, operation: "read") }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw FileSystemError.current(path: path, operation: "read") }
    let count = max(0, Int(info.st_size) - offset)
    guard count > 0 else { return [] }
    guard lseek(descriptor, off_t(offset), SEEK_SET) >= 0 else {
      throw FileSystemError.current(path: path, operation: "seek")
    }
    var bytes = [UInt8](repeating: 0, count: count)
    let (read, error) = bytes.withUnsafeMutableBytes { readFully(descriptor, into: $0) }
    guard error == 0 else { throw FileSystemError(path: path, operation: "read", errno: error) }
    return Array(bytes[0..<read])
  }
}
