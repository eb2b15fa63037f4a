import GlossCore

#if canImport(Glibc)
  import Glibc
#endif

/// Who is annotating, when no `--annotator` is given: `$GLOSS_ANNOTATOR`,
/// else git's `user.name` (as `git config user.name` would answer in the
/// corpus folder: the repository's config, then the user's, then the
/// system's), else the login name from the password database, else `$USER`.
/// Never a placeholder such as "unknown": spans and commits always name a
/// person.
public enum AnnotatorIdentity {
  /// The name for a corpus at `corpusRoot`.
  public static func resolve(explicit: String?, corpusRoot: String) -> String {
    if let explicit, !explicit.isEmpty { return explicit }
    if let name = environment("GLOSS_ANNOTATOR") { return name }
    if let name = gitUserName(from: corpusRoot) { return name }
    if let name = loginName() { return name }
    return environment("USER") ?? environment("LOGNAME") ?? "uid\(getuid())"
  }

  /// git's `user.name` for a working directory at `folder`.
  static func gitUserName(from folder: String) -> String? {
    for file in gitConfigFiles(from: folder) {
      guard let bytes = try? FileSystem.readFile(atPath: file) else { continue }
      if let name = userName(inConfig: String(decoding: bytes, as: UTF8.self)) { return name }
    }
    return nil
  }

  /// The config files git reads, most specific first.
  static func gitConfigFiles(from folder: String) -> [String] {
    var files: [String] = []
    var directory = FileSystem.realPath(folder) ?? folder
    while true {
      let config = Path.join(Path.join(directory, ".git"), "config")
      if FileSystem.fileExists(atPath: config) {
        files.append(config)
        break
      }
      let parent = Path.directory(directory)
      if parent == directory || parent.isEmpty { break }
      directory = parent
    }
    if let home = environment("HOME") {
      let xdg = environment("XDG_CONFIG_HOME") ?? Path.join(home, ".config")
      files.append(Path.join(Path.join(xdg, "git"), "config"))
      files.append(Path.join(home, ".gitconfig"))
    }
    files.append("/etc/gitconfig")
    return files
  }

  /// The `name` of the last `[user]` section of a git config file's text.
  static func userName(inConfig text: String) -> String? {
    var inUser = false
    var found: String?
    for rawLine in text.split(whereSeparator: \.isNewline) {
      let line = rawLine.drop { $0 == " " || $0 == "\t" }
      if line.hasPrefix("[") {
        inUser = line.lowercased().hasPrefix("[user]")
        continue
      }
      guard inUser, let equals = line.firstIndex(of: "=") else { continue }
      let key = line[..<equals].trimmingCharacters(in: " \t").lowercased()
      guard key == "name" else { continue }
      var value = line[line.index(after: equals)...].trimmingCharacters(in: " \t")
      if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
      if !value.isEmpty { found = value }
    }
    return found
  }

  private static func loginName() -> String? {
    guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
    let value = String(cString: name)
    return value.isEmpty ? nil : value
  }

  private static func environment(_ name: String) -> String? {
    guard let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty else { return nil }
    return value
  }
}

extension Substring {
  /// The text without leading and trailing characters of `set`.
  fileprivate func trimmingCharacters(in set: String) -> String {
    String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
  }
}
