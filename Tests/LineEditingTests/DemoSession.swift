import GlossTestSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs `line-editing-demo` on a pseudo-terminal, in a private home directory.
///
/// The home directory isolates the run from the user's `~/.editrc`; the
/// history file lives there too, so a second session on the same directory
/// sees the first one's history.
final class DemoSession {
  /// Keystrokes, as a terminal sends them.
  typealias Key = TerminalKey

  static let prompt = "demo> "

  let home: String
  let terminal: PseudoTerminal

  var historyFile: String { home + "/history" }

  /// Starts the demo and waits for its first prompt.
  ///
  /// - Parameters:
  ///   - home: An existing directory to reuse; a new one by default.
  ///   - environment: Locale variables and the like, added to a minimal
  ///     environment (`HOME`, `TERM`, `PATH`).
  init(
    home: String? = nil,
    environment: [String: String] = ["LANG": "C.UTF-8"]
  ) throws {
    self.home = try home ?? DemoSession.makeTemporaryDirectory()
    var fullEnvironment = [
      "HOME": self.home,
      "TERM": "xterm",
      "PATH": "/usr/bin:/bin",
    ]
    fullEnvironment.merge(environment) { $1 }
    terminal = try PseudoTerminal(
      executable: try DemoSession.executablePath(),
      arguments: [self.home + "/history"],
      environment: fullEnvironment
    )
    try waitForPrompt()
  }

  /// Waits for the next prompt, and for libedit to be ready to edit.
  func waitForPrompt(_ prompt: String = DemoSession.prompt) throws {
    try terminal.expect(prompt)
    try terminal.waitForRawMode()
  }

  /// Types `keys` and waits for `expected` in the output, then for the next prompt.
  func type(_ keys: String, expecting expected: String) throws {
    try terminal.send(keys)
    try terminal.expect(expected)
    try waitForPrompt()
  }

  /// Types Ctrl-D and checks that the demo says goodbye and exits with 0.
  func quit() throws -> Int32? {
    try terminal.send(Key.controlD)
    try terminal.expect("bye")
    return try terminal.waitForExit()
  }

  /// Deletes a directory made by ``makeTemporaryDirectory()``.
  static func remove(_ directory: String) {
    for name in ["history", ".editrc"] {
      unlink(directory + "/" + name)
    }
    rmdir(directory)
  }

  static func makeTemporaryDirectory() throws -> String {
    var template = Array("/tmp/line-editing-tests.XXXXXX".utf8CString)
    guard let path = mkdtemp(&template).map({ String(cString: $0) }) else {
      throw PseudoTerminal.Failure(description: "mkdtemp failed: errno \(errno)")
    }
    return path
  }

  /// The demo executable, built next to the test bundle.
  static func executablePath() throws -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
    let length = readlink("/proc/self/exe", &buffer, buffer.count)
    if length > 0 {
      var directory = String(
        decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      while let slash = directory.lastIndex(of: "/") {
        directory = String(directory[..<slash])
        let candidate = directory + "/line-editing-demo"
        if access(candidate, X_OK) == 0 {
          return candidate
        }
        if directory.hasSuffix("/.build") { break }
      }
    }
    throw PseudoTerminal.Failure(
      description: "line-editing-demo not found near the test executable")
  }
}
