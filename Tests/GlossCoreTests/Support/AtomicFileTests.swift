import Testing

@testable import GlossCore

@Suite struct AtomicFileTests {
  private struct Abort: Error, Equatable {}

  @Test func replacesContentAndLeavesNoTemporaryFiles() throws {
    let directory = TemporaryDirectory()
    let path = directory.file("data.json")
    try AtomicFile.write(Array("old".utf8), toPath: path)
    try AtomicFile.write(Array("new".utf8), toPath: path)
    #expect(try FileSystem.readFile(atPath: path) == Array("new".utf8))
    #expect(try FileSystem.contentsOfDirectory(atPath: directory.path) == ["data.json"])
  }

  @Test func streamsLargeOutputInPieces() throws {
    let directory = TemporaryDirectory()
    let path = directory.file("big.txt")
    var expected: [UInt8] = []
    try AtomicFile.write(toPath: path) { writer in
      for size in [1, 10, 70_000, 3, 65_536, 65_535, 0, 200_000, 5] {
        let piece = (0..<size).map { UInt8(truncatingIfNeeded: $0 &+ size) }
        expected += piece
        try writer.write(piece)
      }
      try writer.write("done ✓")
      expected += Array("done ✓".utf8)
    }
    #expect(try FileSystem.readFile(atPath: path) == expected)
    #expect(try FileSystem.contentsOfDirectory(atPath: directory.path) == ["big.txt"])
  }

  @Test func keepsOldContentWhenTheBodyThrows() throws {
    let directory = TemporaryDirectory()
    let path = directory.file("data.json")
    try AtomicFile.write(Array("old".utf8), toPath: path)
    #expect(throws: Abort()) {
      try AtomicFile.write(toPath: path) { writer in
        try writer.write([UInt8](repeating: 65, count: 100_000))
        throw Abort()
      }
    }
    #expect(try FileSystem.readFile(atPath: path) == Array("old".utf8))
    #expect(try FileSystem.contentsOfDirectory(atPath: directory.path) == ["data.json"])
  }

  @Test func doesNotCreateTheTargetWhenTheBodyThrows() throws {
    let directory = TemporaryDirectory()
    #expect(throws: Abort()) {
      try AtomicFile.write(toPath: directory.file("new.json")) { _ in throw Abort() }
    }
    #expect(try FileSystem.contentsOfDirectory(atPath: directory.path) == [])
  }

  @Test func failsInAMissingDirectory() throws {
    let directory = TemporaryDirectory()
    let path = directory.file("missing/data.json")
    let error = try #require(throws: FileSystemError.self) {
      try AtomicFile.write([1], toPath: path)
    }
    #expect(error.path == path)
    #expect(throws: FileSystemError.self) { try AtomicFile.write(toPath: path) { _ in } }
  }

  @Test func writesRelativePaths() throws {
    let name = "gloss-atomic-\(SHA256.hexDigest(of: Array(#filePath.utf8)).prefix(8)).tmp"
    defer { try? FileSystem.removeItem(atPath: name) }
    try AtomicFile.write(Array("x".utf8), toPath: name)
    #expect(try FileSystem.readFile(atPath: name) == Array("x".utf8))
  }
}
