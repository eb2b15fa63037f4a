import GlossCore

#if canImport(Glibc)
  import Glibc
#endif

/// A corpus folder made for one test in the system's temporary folder, with
/// the given documents, and removed when the test is done.
package struct TemporaryCorpus: Sendable {
  /// The corpus folder.
  package let root: String

  /// Creates a corpus holding `documents` (id → text) and optional metadata
  /// JSON per id.
  package init(_ documents: [String: String], metadata: [String: String] = [:]) throws {
    var template = Array("/tmp/gloss-test-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { throw TemporaryCorpusError(message: "mkdtemp failed") }
    root = String(cString: made)
    try FileSystem.createDirectory(atPath: root + "/Corpus", intermediate: true)
    for (id, text) in documents {
      try AtomicFile.write(Array(text.utf8), toPath: "\(root)/Corpus/\(id).txt")
    }
    for (id, json) in metadata {
      try AtomicFile.write(Array(json.utf8), toPath: "\(root)/Corpus/\(id).meta.json")
    }
  }

  /// Writes raw bytes to a file relative to the corpus folder.
  package func write(_ bytes: [UInt8], to relativePath: String) throws {
    let path = "\(root)/\(relativePath)"
    try FileSystem.createDirectory(atPath: Path.directory(path), intermediate: true)
    try AtomicFile.write(bytes, toPath: path)
  }

  /// Reads a file relative to the corpus folder as text.
  package func read(_ relativePath: String) throws -> String {
    String(decoding: try FileSystem.readFile(atPath: "\(root)/\(relativePath)"), as: UTF8.self)
  }

  /// Loads the corpus.
  package func load() throws -> Corpus {
    try Corpus.load(at: root)
  }

  /// Removes the folder and everything in it.
  package func remove() {
    _ = root.withCString { path in
      // nftw would do, but a shell-free recursive removal is simpler to trust here.
      removeTree(path)
    }
  }

  private func removeTree(_ path: UnsafePointer<CChar>) {
    guard let directory = opendir(path) else {
      unlink(path)
      return
    }
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name == "." || name == ".." { continue }
      let child = String(cString: path) + "/" + name
      child.withCString { removeTree($0) }
    }
    closedir(directory)
    rmdir(path)
  }
}

/// A temporary corpus could not be made.
package struct TemporaryCorpusError: Error {
  /// What failed.
  package var message: String
}
