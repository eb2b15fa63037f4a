#if canImport(Glibc)
  import Glibc
#endif
import GlossCore

/// Writes a folder export (brat, XMI) so that the target folder appears
/// whole or not at all: files go to a temporary sibling folder that is
/// renamed over the target at the end. The target must not exist, or be an
/// empty folder, or a folder this command wrote before (it holds only the
/// files of a previous export), which is replaced.
enum ExportFolder {
  /// The files being written.
  struct Writer {
    let path: String
    /// Writes one file of the folder.
    func write(_ bytes: [UInt8], to name: String) throws {
      try AtomicFile.write(bytes, toPath: Path.join(path, name))
    }
  }

  /// Writes the folder at `path` with whatever `body` writes.
  static func write(toPath path: String, _ body: (Writer) throws -> Void) throws {
    let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    if FileSystem.fileExists(atPath: trimmed) && !FileSystem.isDirectory(atPath: trimmed) {
      throw ShellError("\(path) is a file; a folder export needs a folder")
    }
    let temporary = Path.join(Path.directory(trimmed), ".\(Path.lastComponent(trimmed)).tmp-\(getpid())")
    try? removeTree(temporary)
    try FileSystem.createDirectory(atPath: temporary, intermediate: true)
    do {
      try body(Writer(path: temporary))
      if FileSystem.isDirectory(atPath: trimmed) {
        let foreign = try FileSystem.contentsOfDirectory(atPath: trimmed).filter { name in
          ![".txt", ".ann", ".conf", ".xmi", ".xml"].contains(where: { name.hasSuffix($0) })
        }
        guard foreign.isEmpty else {
          throw ShellError("\(path) holds other files (\(foreign.prefix(3).joined(separator: ", "))); export to a new or empty folder")
        }
        try removeTree(trimmed)
      }
      try FileSystem.rename(from: temporary, to: trimmed)
    } catch {
      try? removeTree(temporary)
      throw error
    }
  }

  /// Removes a folder of plain files.
  private static func removeTree(_ path: String) throws {
    for name in try FileSystem.contentsOfDirectory(atPath: path) {
      let child = Path.join(path, name)
      if FileSystem.isDirectory(atPath: child) { try removeTree(child) } else { try FileSystem.removeItem(atPath: child) }
    }
    try FileSystem.removeItem(atPath: path)
  }
}
