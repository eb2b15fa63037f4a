import ArgumentParser
import GlossCore
import GlossShell
import LineEditing

/// `gloss repl` (and `gloss` alone): the interactive shell, or a script from
/// standard input when it is not a terminal.
struct ReplCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "Open the interactive shell on the corpus (the default command).",
    discussion: """
      With standard input not a terminal, the commands are read from it as a
      script (see `gloss run`). History is kept in .gloss_history in the corpus
      folder; ~/.editrc is honoured; Tab completes commands, documents, labels
      and paths; Ctrl-C cancels a running command; Ctrl-D leaves.

      Examples:
        gloss
        gloss repl --corpus ~/corpora/treaty --annotator ana
        gloss < Notebooks/annotate-people.gloss
      """)

  @OptionGroup var corpus: CorpusOptions
  @OptionGroup var script: ScriptOptions

  func run() throws {
    let interpreter = try reporting {
      try corpus.interpreter(color: !LineEditing.Terminal.isStandardInputInteractive ? false : nil)
    }
    guard LineEditing.Terminal.isStandardInputInteractive else {
      let bytes = try reporting { try Console.readStandardInput() }
      var interpreter = interpreter
      interpreter.settings.writeConfinement = script.confinement(folders: [interpreter.corpus.root])
      var runner = ScriptRunner(interpreter: interpreter, name: "<stdin>", options: script.options)
      let status = runner.run(source: String(decoding: bytes, as: UTF8.self))
      if status != 0 { throw ExitCode(status) }
      return
    }
    let completer = ShellCompleter(corpus: interpreter.corpus)
    let vocabulary = PromptVocabulary()
    let reader: any LineReader =
      EditLineReader(
        historyFile: Path.join(interpreter.corpus.root, ".gloss_history"),
        completer: { line in
          if let words = vocabulary.words { return Completions.words(from: words, completing: line) }
          let completion = completer.completions(line)
          return Completions(stem: completion.stem, candidates: completion.candidates)
        }) ?? StreamLineReader()
    var repl = Repl(interpreter: interpreter, reader: reader, promptVocabulary: vocabulary)
    let status = repl.run()
    if status != 0 { throw ExitCode(status) }
  }
}

/// `gloss run`: a script of shell commands, as one revision.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a script of shell commands as one revision.",
    discussion: """
      The script uses the REPL's command language, one command per line (a
      trailing \\ or an open quote continues it), # for comments. Everything it
      stages is committed as one revision at the end — with the message of its
      last `commit -m`, or of `set message` — and nothing at all if any command
      fails; the error names the file, line and column and the exit status is 1.

      A script writes files (export -o, render -o) only inside the corpus
      folder and its own folder, so a script received from someone else
      cannot write anywhere else; --allow-write DIR allows another folder.

      Examples:
        gloss run Notebooks/annotate-people.gloss
        gloss run Notebooks/annotate-dates.gloss --dry-run
        gloss run batch.gloss --keep-going --annotator ana
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: ArgumentHelp("The script.", valueName: "file.gloss")) var file: String
  @OptionGroup var script: ScriptOptions

  func run() throws {
    var interpreter = try reporting { try corpus.interpreter(color: false) }
    interpreter.settings.writeConfinement = script.confinement(folders: [interpreter.corpus.root, Path.directory(file)])
    var runner = ScriptRunner(interpreter: interpreter, name: file, options: script.options)
    let status = try reporting { try runner.runFile() }
    if status != 0 { throw ExitCode(status) }
  }
}

/// Options of script runs.
struct ScriptOptions: ParsableArguments {
  @Flag(help: "Report every error instead of stopping at the first (commits nothing either way).")
  var keepGoing = false

  @Flag(help: "Show what the script would change, and commit nothing.")
  var dryRun = false

  @Option(
    name: .customLong("allow-write"),
    help: ArgumentHelp(
      "Also allow writing files in this folder (by default only the corpus folder and the script's own).",
      valueName: "dir"))
  var allowWrite: [String] = []

  /// Writes confined to `folders` and the folders of `--allow-write`.
  func confinement(folders: [String]) -> WriteConfinement {
    WriteConfinement(folders: folders + allowWrite, base: FileSystem.currentDirectory() ?? ".")
  }

  /// The runner's options.
  var options: ScriptRunner.Options { ScriptRunner.Options(keepGoing: keepGoing, dryRun: dryRun) }
}

extension CorpusOptions {
  /// An interpreter over this corpus; `color` overrides the terminal's choice.
  func interpreter(color: Bool? = nil) throws -> ShellInterpreter {
    let session = try self.session()
    let settings = ShellSettings(annotator: annotatorName, color: color ?? Style().isEnabled)
    return ShellInterpreter(session: session, settings: settings, output: TerminalOutput())
  }
}
