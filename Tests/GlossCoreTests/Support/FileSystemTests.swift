import Testing

@testable import GlossCore

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct FileSystemTests {
  @Test func readsWhatAtomicFileWrote() throws {
    let directory = TemporaryDirectory()
    let path = directory.file("a.txt")
    let content = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
    try AtomicFile.write(content, toPath: path)
    #expect(try FileSystem.readFile(atPath: path) == content)
    try AtomicFile.write([], toPath: path)
    #expect(try FileSystem.readFile(atPath: path) == [])
  }

  @Test func readsFilesThatReportSizeZero() throws {
    let bytes = try FileSystem.readFile(atPath: "/proc/self/status")
    #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("Name:"))
  }

  @Test func readErrorsNameThePath() throws {
    let directory = TemporaryDirectory()
    let missing = directory.file("missing.txt")
    let error = try #require(throws: FileSystemError.self) {
      try FileSystem.readFile(atPath: missing)
    }
    #expect(error.errno == ENOENT)
    #expect(error.operation == "read")
    #expect(error.description == "cannot read '\(missing)': No such file or directory")
    let directoryError = try #require(throws: FileSystemError.self) {
      try FileSystem.readFile(atPath: directory.path)
    }
    #expect(directoryError.errno == EISDIR)
  }

  @Test func listsDirectoriesBytewise() throws {
    let directory = TemporaryDirectory()
    for name in ["b", "a", "B", "é", ".hidden", "a b"] {
      try AtomicFile.write([], toPath: directory.file(name))
    }
    try FileSystem.createDirectory(atPath: directory.file("sub"), intermediate: false)
    #expect(
      try FileSystem.contentsOfDirectory(atPath: directory.path) == [
        ".hidden", "B", "a", "a b", "b", "sub", "é",
      ])
    #expect(throws: FileSystemError.self) {
      try FileSystem.contentsOfDirectory(atPath: directory.file("nope"))
    }
  }

  @Test func createsAndRemovesDirectories() throws {
    let directory = TemporaryDirectory()
    let deep = directory.file("x/y//z/")
    let error = try #require(throws: FileSystemError.self) {
      try FileSystem.createDirectory(atPath: deep, intermediate: false)
    }
    #expect(error.errno == ENOENT)
    try FileSystem.createDirectory(atPath: deep, intermediate: true)
    try FileSystem.createDirectory(atPath: deep, intermediate: true)
    #expect(FileSystem.isDirectory(atPath: directory.file("x/y/z")))
    #expect(FileSystem.fileExists(atPath: directory.file("x/y/z")))
    #expect(!FileSystem.isDirectory(atPath: directory.file("x/y/q")))

    try AtomicFile.write(Array("f".utf8), toPath: directory.file("x/file"))
    #expect(FileSystem.fileExists(atPath: directory.file("x/file")))
    #expect(!FileSystem.isDirectory(atPath: directory.file("x/file")))
    #expect(throws: FileSystemError.self) {
      try FileSystem.createDirectory(atPath: directory.file("x/file"), intermediate: false)
    }

    let notEmpty = try #require(throws: FileSystemError.self) {
      try FileSystem.removeItem(atPath: directory.file("x/y"))
    }
    #expect(notEmpty.errno == ENOTEMPTY)
    try FileSystem.removeItem(atPath: directory.file("x/y/z"))
    try FileSystem.removeItem(atPath: directory.file("x/file"))
    #expect(!FileSystem.fileExists(atPath: directory.file("x/file")))
    #expect(try FileSystem.contentsOfDirectory(atPath: directory.file("x")) == ["y"])
    #expect(throws: FileSystemError.self) {
      try FileSystem.removeItem(atPath: directory.file("x/file"))
    }
  }

  @Test func renames() throws {
    let directory = TemporaryDirectory()
    try AtomicFile.write(Array("one".utf8), toPath: directory.file("a"))
    try FileSystem.rename(from: directory.file("a"), to: directory.file("b"))
    #expect(try FileSystem.readFile(atPath: directory.file("b")) == Array("one".utf8))
    #expect(!FileSystem.fileExists(atPath: directory.file("a")))
    let error = try #require(throws: FileSystemError.self) {
      try FileSystem.rename(from: directory.file("a"), to: directory.file("c"))
    }
    #expect(
      error.description
        == "cannot rename '\(directory.file("a"))' to '\(directory.file("c"))': No such file or directory"
    )
  }
}
