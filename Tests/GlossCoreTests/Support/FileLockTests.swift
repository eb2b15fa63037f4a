import Testing

@testable import GlossCore

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct FileLockTests {
  @Test func secondAcquireTimesOutNamingTheHolder() throws {
    let directory = TemporaryDirectory()
    let path = directory.file(".lock")
    let lock = try FileLock.acquire(atPath: path, purpose: "commit", timeout: 0)
    #expect(lock.isHeld)
    #expect(try FileSystem.readFile(atPath: path) == Array("\(getpid()) commit\n".utf8))

    let error = try #require(throws: FileLockError.self) {
      _ = try FileLock.acquire(atPath: path, purpose: "export", timeout: 0.05)
    }
    #expect(error.reason == .busy(holderPID: getpid(), holderPurpose: "commit"))
    #expect(
      error.description
        == "another gloss process (pid \(getpid()), commit) is writing this corpus; try again when it finishes (lock: \(path))"
    )

    lock.release()
    lock.release()
    #expect(!lock.isHeld)
    #expect(FileSystem.fileExists(atPath: path))
    let second = try FileLock.acquire(atPath: path, purpose: "export", timeout: 0.05)
    #expect(try FileSystem.readFile(atPath: path) == Array("\(getpid()) export\n".utf8))
    second.release()
  }

  @Test func deinitReleases() throws {
    let directory = TemporaryDirectory()
    let path = directory.file(".lock")
    do {
      let lock = try FileLock.acquire(atPath: path, purpose: "import", timeout: 0)
      _ = lock
    }
    let again = try FileLock.acquire(atPath: path, purpose: "import", timeout: 0)
    #expect(again.isHeld)
  }

  @Test func waitsForARelease() throws {
    let directory = TemporaryDirectory()
    let path = directory.file(".lock")
    // Hold the lock through a separate open file, as another process would.
    let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
    #expect(flock(fd, LOCK_EX) == 0)
    let error = try #require(throws: FileLockError.self) {
      _ = try FileLock.acquire(atPath: path, purpose: "commit", timeout: 0)
    }
    #expect(error.reason == .busy(holderPID: nil, holderPurpose: nil))
    #expect(
      error.description
        == "another gloss process is writing this corpus; try again when it finishes (lock: \(path))"
    )
    close(fd)
    let lock = try FileLock.acquire(atPath: path, purpose: "commit", timeout: 0)
    #expect(lock.isHeld)
  }

  @Test func reportsFilesThatCannotBeOpened() throws {
    let directory = TemporaryDirectory()
    let path = directory.file("missing/.lock")
    let error = try #require(throws: FileLockError.self) {
      _ = try FileLock.acquire(atPath: path, purpose: "commit", timeout: 0)
    }
    #expect(
      error.reason
        == .fileSystem(FileSystemError(path: path, operation: "open lock file", errno: ENOENT)))
    #expect(error.description == "cannot open lock file '\(path)': No such file or directory")
  }
}
