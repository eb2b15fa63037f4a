import GlossCore

/// Runs a script of shell commands without a terminal: no prompt, no colour,
/// no line editing. The whole script is one revision: if any command fails,
/// nothing it staged is committed, the error names file, line and column, and
/// the exit status is non-zero.
public struct ScriptRunner {
  /// What the run should do on errors and at the end.
  public struct Options {
    /// Report every error instead of stopping at the first (still commits nothing).
    var keepGoing = false
    /// Show what would change and commit nothing.
    var dryRun = false

    /// Creates the options.
    public init(keepGoing: Bool = false, dryRun: Bool = false) {
      self.keepGoing = keepGoing
      self.dryRun = dryRun
    }
  }

  /// The interpreter the commands run in.
  public var interpreter: ShellInterpreter
  /// The script's name in messages (a path, or `<stdin>`).
  let name: String
  /// The options.
  let options: Options

  /// A runner of the script `name` in `interpreter`.
  public init(interpreter: ShellInterpreter, name: String, options: Options) {
    self.interpreter = interpreter
    self.name = name
    self.options = options
  }

  /// Runs the script file `name` and returns the process exit status.
  ///
  /// - Throws: ``ShellError`` when the file cannot be read or is not UTF-8.
  public mutating func runFile() throws(ShellError) -> Int32 {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readFile(atPath: name)
    } catch {
      throw ShellError("\(error)")
    }
    guard let source = String(validating: bytes, as: UTF8.self) else { throw ShellError("\(name) is not UTF-8 text") }
    return run(source: source)
  }

  /// Runs `source` and returns the process exit status.
  public mutating func run(source: String) -> Int32 {
    interpreter.defersCommits = true
    var failures = 0
    let lines = ScriptLines(ShellScript(source: source).commands)
    interpreter.reviewInput = lines
    while let command = lines.next() {
      do {
        let output = try interpreter.execute(command.text)
        interpreter.print(output)
      } catch {
        failures += 1
        if let column = error.column {
          let place = command.location(ofColumn: column)
          var shown = error
          shown.column = place.column
          let index = command.lines.firstIndex { $0.number == place.line } ?? 0
          interpreter.output.note(
            shown.rendered(line: command.source[index], location: "\(name):\(place.line)", style: Style.plain))
        } else {
          interpreter.output.note("\(name):\(command.lines[0].number): error: \(error.message)")
        }
        if !options.keepGoing { break }
      }
      if interpreter.wantsToQuit { break }
    }
    if failures > 0 {
      interpreter.output.note(
        "\(name): \(failures) error\(failures == 1 ? "" : "s"); nothing was committed"
          + (interpreter.session.hasStagedChanges ? " (the script's staged changes were dropped)" : ""))
      return 1
    }
    let staged = interpreter.session.stagedChanges
    if options.dryRun {
      var arguments = ShellArguments(
        command: ShellWord(text: "status", column: 1, width: 6, isQuoted: false), words: [])
      if let status = try? interpreter.status(&arguments) { interpreter.print(status) }
      interpreter.output.note(
        "dry run: \(staged.flatMap(\.changes).count) change(s) in \(staged.count) document(s) would be committed; nothing was written"
      )
      return 0
    }
    guard !staged.isEmpty else { return 0 }
    let message = interpreter.deferredCommitMessage ?? interpreter.settings.message ?? "script \(name)"
    do {
      let revision = try interpreter.session.commit(message: message)
      interpreter.output.note("committed revision \(revision.number): \(revision.message)")
      return 0
    } catch {
      interpreter.output.note("\(name): error: \(error); nothing was committed")
      return 1
    }
  }
}
