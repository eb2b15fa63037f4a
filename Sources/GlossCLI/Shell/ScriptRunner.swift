import GlossCore

/// Runs a script of shell commands without a terminal: no prompt, no colour,
/// no line editing. The whole script is one revision: if any command fails,
/// nothing it staged is committed, the error names file, line and column, and
/// the exit status is non-zero.
struct ScriptRunner {
  /// What the run should do on errors and at the end.
  struct Options {
    /// Report every error instead of stopping at the first (still commits nothing).
    var keepGoing = false
    /// Show what would change and commit nothing.
    var dryRun = false
  }

  /// The interpreter the commands run in.
  var interpreter: ShellInterpreter
  /// The script's name in messages (a path, or `<stdin>`).
  let name: String
  /// The options.
  let options: Options

  /// Runs `source` and returns the process exit status.
  mutating func run(source: String) -> Int32 {
    interpreter.defersCommits = true
    var failures = 0
    for command in ShellScript(source: source).commands {
      do {
        let output = try interpreter.execute(command.text)
        ShellPrinter.print(output, format: interpreter.settings.format)
      } catch {
        failures += 1
        if let column = error.column {
          let place = command.location(ofColumn: column)
          var shown = error
          shown.column = place.column
          let index = command.lines.firstIndex { $0.number == place.line } ?? 0
          Console.writeError(
            shown.rendered(line: command.source[index], location: "\(name):\(place.line)", style: Style(.never)))
        } else {
          Console.writeError("\(name):\(command.lines[0].number): error: \(error.message)")
        }
        if !options.keepGoing { break }
      }
      if interpreter.wantsToQuit { break }
    }
    if failures > 0 {
      Console.writeError(
        "\(name): \(failures) error\(failures == 1 ? "" : "s"); nothing was committed"
          + (interpreter.session.hasStagedChanges ? " (the script's staged changes were dropped)" : ""))
      return 1
    }
    let staged = interpreter.session.stagedChanges
    if options.dryRun {
      var arguments = ShellArguments(command: ShellWord(text: "status", column: 1, width: 6, isQuoted: false), words: [])
      if let status = try? interpreter.status(&arguments) { ShellPrinter.print(status, format: interpreter.settings.format) }
      Console.writeError("dry run: \(staged.flatMap(\.changes).count) change(s) in \(staged.count) document(s) would be committed; nothing was written")
      return 0
    }
    guard !staged.isEmpty else { return 0 }
    let message = interpreter.deferredCommitMessage ?? interpreter.settings.message ?? "script \(name)"
    do {
      let revision = try interpreter.session.commit(message: message)
      Console.writeError("committed revision \(revision.number): \(revision.message)")
      return 0
    } catch {
      Console.writeError("\(name): error: \(error); nothing was committed")
      return 1
    }
  }
}

/// Prints a command's output in the session's format.
enum ShellPrinter {
  /// Writes `output` to standard output as text or as one JSON line.
  static func print(_ output: CommandOutput, format: ShellSettings.Format) {
    switch format {
    case .table:
      if output.pages, Pager.show(output.text) { return }
      if !output.text.isEmpty { Console.writeOutput(Array(output.text.utf8)) }
    case .csv where output.csv != nil:
      Console.writeOutput(Array(output.csv!.utf8))
    case .json, .csv:
      if !output.json.isEmpty { Console.writeOutput(output.json + [UInt8(ascii: "\n")]) }
    }
  }
}
