import GlossCore

#if canImport(Glibc)
  import Glibc
#endif

/// Where a notebook runs: a temporary copy of the corpus (the default, so
/// documenting a corpus never changes it), or the corpus itself
/// (`--in-place`). The working directory is the corpus folder (or its copy)
/// while the notebook runs, so files a notebook writes (`export … -o
/// gold.json`) land beside the corpus it worked on and vanish with a copy.
public struct NotebookWorkspace {
  /// The corpus folder the notebook works on.
  public let root: String
  /// Whether ``root`` is a temporary copy, removed by ``close()``.
  public let isCopy: Bool
  /// The working directory before the notebook ran.
  private let previousDirectory: String

  /// The corpus's folders and files copied into a temporary workspace
  /// (Gloss's lock, journal and cache are left behind).
  static let copiedEntries = ["Corpus", "Annotations", "Gazetteers", "scheme.json"]

  /// Opens a workspace for the corpus at `corpus`, copying it unless `inPlace`.
  public init(corpus: String, inPlace: Bool) throws(NotebookError) {
    guard let current = FileSystem.currentDirectory() else { throw NotebookError("cannot read the working directory") }
    previousDirectory = current
    let absolute = corpus.hasPrefix("/") ? corpus : Path.join(current, corpus)
    guard FileSystem.isDirectory(atPath: Path.join(absolute, "Corpus")) else {
      throw NotebookError("no Corpus/ folder in \(corpus): run the notebook in a corpus folder or pass --corpus DIR")
    }
    if inPlace {
      root = absolute
      isCopy = false
    } else {
      var template = Array("/tmp/gloss-notebook-XXXXXX".utf8CString)
      guard let made = mkdtemp(&template) else { throw NotebookError("cannot create a temporary folder") }
      root = String(cString: made)
      isCopy = true
      do {
        for entry in Self.copiedEntries where FileSystem.fileExists(atPath: Path.join(absolute, entry)) {
          try Self.copy(Path.join(absolute, entry), to: Path.join(root, entry))
        }
      } catch {
        Self.removeTree(root)
        throw NotebookError("cannot copy the corpus \(corpus) to \(root): \(error)")
      }
    }
    guard chdir(root) == 0 else { throw NotebookError("cannot change to the corpus folder \(root)") }
  }

  /// Returns to the previous working directory and removes a copy.
  public func close() {
    _ = chdir(previousDirectory)
    if isCopy { Self.removeTree(root) }
  }

  /// `path` made absolute against the working directory before the run.
  public static func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : Path.join(FileSystem.currentDirectory() ?? ".", path)
  }

  private static func copy(_ source: String, to destination: String) throws(FileSystemError) {
    if FileSystem.isDirectory(atPath: source) {
      try FileSystem.createDirectory(atPath: destination, intermediate: true)
      for name in try FileSystem.contentsOfDirectory(atPath: source) {
        if [".lock", ".journal", ".cache"].contains(name) || name.contains(".tmp-") { continue }
        try copy(Path.join(source, name), to: Path.join(destination, name))
      }
    } else {
      try AtomicFile.write(try FileSystem.readFile(atPath: source), toPath: destination)
    }
  }

  private static func removeTree(_ path: String) {
    if FileSystem.isDirectory(atPath: path), let names = try? FileSystem.contentsOfDirectory(atPath: path) {
      for name in names { removeTree(Path.join(path, name)) }
    }
    try? FileSystem.removeItem(atPath: path)
  }
}
