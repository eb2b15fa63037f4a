import GlossCore

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a folder export (brat, XMI) so that the target folder appears
/// whole or not at all, and never deletes anything Gloss did not write.
///
/// Files go to a temporary sibling folder together with a manifest,
/// `.gloss-export.json`, that lists them. The target must not exist, or be
/// an empty folder, or a folder whose every entry is a plain file listed in
/// the manifest of an earlier export: only then is it replaced. A symbolic
/// link is never followed, neither as the target nor inside it, and a
/// folder holding anything else is refused with its name.
public enum ExportFolder {
  /// The manifest's file name inside an export folder.
  public static let manifestName = ".gloss-export.json"
  /// The format tag of the manifest.
  public static let manifestFormat = "gloss-export/1"

  /// The files being written; it remembers their names for the manifest.
  public final class Writer {
    let path: String
    private(set) var names: [String] = []

    init(path: String) {
      self.path = path
    }

    /// Writes one file of the folder; `name` is a plain file name.
    public func write(_ bytes: [UInt8], to name: String) throws {
      guard Self.isPlainName(name), name != ExportFolder.manifestName else {
        throw ExportError("an export cannot write a file named '\(name)' (names are plain file names)")
      }
      try AtomicFile.write(bytes, toPath: Path.join(path, name))
      names.append(name)
    }

    private static func isPlainName(_ name: String) -> Bool {
      !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }
  }

  /// Writes the folder at `path` with whatever `body` writes.
  public static func write(toPath path: String, _ body: (Writer) throws -> Void) throws {
    let target = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    _ = try replaceableEntries(of: target, shownAs: path)
    let temporary = Path.join(Path.directory(target), ".\(Path.lastComponent(target)).tmp-\(getpid())")
    try? removeTree(temporary)
    try FileSystem.createDirectory(atPath: temporary, intermediate: true)
    do {
      let writer = Writer(path: temporary)
      try body(writer)
      try AtomicFile.write(manifest(listing: writer.names), toPath: Path.join(temporary, manifestName))
      try replace(target, shownAs: path, with: temporary)
    } catch {
      try? removeTree(temporary)
      throw error
    }
  }

  /// Puts `temporary` in the place of `target`. An earlier export is first
  /// moved aside, so the target is never missing; then its files are removed.
  private static func replace(_ target: String, shownAs path: String, with temporary: String) throws {
    guard let entries = try replaceableEntries(of: target, shownAs: path) else {
      try FileSystem.rename(from: temporary, to: target)
      return
    }
    let aside = Path.join(Path.directory(target), ".\(Path.lastComponent(target)).old-\(getpid())")
    try FileSystem.rename(from: target, to: aside)
    do {
      try FileSystem.rename(from: temporary, to: target)
    } catch {
      try? FileSystem.rename(from: aside, to: target)
      throw error
    }
    for name in entries { try FileSystem.removeItem(atPath: Path.join(aside, name)) }
    try FileSystem.removeItem(atPath: aside)
  }

  /// The entries of the folder at `target` that replacing it removes, `nil`
  /// when nothing is there; throws when the target may not be replaced.
  private static func replaceableEntries(of target: String, shownAs path: String) throws -> [String]? {
    if FileSystem.isSymbolicLink(atPath: target) {
      throw ExportError(
        "\(path) is a symbolic link; a folder export writes a real folder — give the folder the link points to, or a new one (nothing was changed)"
      )
    }
    guard FileSystem.fileExists(atPath: target) else { return nil }
    guard FileSystem.isDirectory(atPath: target) else {
      throw ExportError("\(path) is a file; a folder export needs a folder")
    }
    let entries = try FileSystem.contentsOfDirectory(atPath: target)
    if entries.isEmpty { return entries }
    let manifestPath = Path.join(target, manifestName)
    guard FileSystem.isRegularFileNotFollowingLinks(atPath: manifestPath), let listed = try? readManifest(manifestPath)
    else {
      throw ExportError(
        "\(path) is not empty and holds no earlier Gloss export (no \(manifestName)); export to a new or empty folder (nothing was changed)"
      )
    }
    for name in entries where name != manifestName {
      guard listed.contains(name), FileSystem.isRegularFileNotFollowingLinks(atPath: Path.join(target, name)) else {
        throw ExportError(
          "\(path) holds '\(name)', which the earlier export did not write; move it away or export to a new folder (nothing was changed)"
        )
      }
    }
    return entries
  }

  /// The manifest's bytes for the files written.
  private static func manifest(listing names: [String]) -> [UInt8] {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("format")
    writer.string(manifestFormat)
    writer.key("files")
    writer.beginArray()
    for name in names.sorted() { writer.string(name) }
    writer.endArray()
    writer.endObject()
    return writer.takeBytes() + [UInt8(ascii: "\n")]
  }

  /// The file names an earlier export's manifest lists.
  private static func readManifest(_ path: String) throws -> Set<String> {
    let value = try JSONParser.parse(FileSystem.readFile(atPath: path))
    guard value["format"]?.stringValue == manifestFormat, let files = value["files"]?.arrayValue else {
      throw ExportError("\(path) is not a Gloss export manifest")
    }
    return Set(files.compactMap(\.stringValue))
  }

  /// Removes a folder that this command made, without following links.
  private static func removeTree(_ path: String) throws {
    guard !FileSystem.isSymbolicLink(atPath: path), FileSystem.isDirectory(atPath: path) else {
      try FileSystem.removeItem(atPath: path)
      return
    }
    for name in try FileSystem.contentsOfDirectory(atPath: path) { try removeTree(Path.join(path, name)) }
    try FileSystem.removeItem(atPath: path)
  }
}
