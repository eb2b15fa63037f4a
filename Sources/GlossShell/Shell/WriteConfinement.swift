import GlossCore

/// The folders a script or notebook may write files in.
///
/// A script or notebook may come from someone else, so what it writes
/// (`export … -o`, `render -o`) stays inside the corpus folder and the
/// script's or notebook's own folder, and any folder the person running it
/// allows with `--allow-write DIR`. Paths are compared after resolving `..`
/// and symbolic links, so neither leads out. The interactive shell, where a
/// person types each path, has no confinement.
public struct WriteConfinement: Sendable {
  /// The allowed folders, as real absolute paths.
  private(set) var folders: [String]
  /// The folder relative paths are taken from (the working directory).
  let base: String

  /// Confines writes to `folders` (any path form; folders that do not
  /// exist yet allow nothing until made), relative paths resolved from `base`.
  public init(folders: [String], base: String) {
    self.base = base
    self.folders = []
    for folder in folders { allow(folder) }
  }

  /// Adds a folder to the allowed ones.
  mutating func allow(_ folder: String) {
    let real = FileSystem.resolvedWritePath(folder, relativeTo: base)
    if !folders.contains(real) { folders.append(real) }
  }

  /// Whether writing `path` stays inside an allowed folder.
  func allows(_ path: String) -> Bool {
    let real = FileSystem.resolvedWritePath(path, relativeTo: base)
    return folders.contains { Path.isInside(real, folder: $0) }
  }

  /// `path` itself when writing it is allowed, else an error at `word`
  /// that names the allowed folders and the way to allow more.
  func check(_ path: String, at word: ShellWord) throws(ShellError) -> String {
    guard allows(path) else {
      throw ShellError(
        "a script or notebook writes only inside \(folders.joined(separator: ", ")); '\(path)' is outside "
          + "(it resolves to \(FileSystem.resolvedWritePath(path, relativeTo: base))) — if you trust it, run it with --allow-write DIR",
        at: word)
    }
    return path
  }
}
