import ArgumentParser
import GlossCore
import GlossShell

/// `gloss notebook`: run, check and export notebooks.
struct NotebookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notebook",
    abstract: "Run notebooks (Markdown with ```gloss blocks, or .ipynb), check their outputs, export them to Jupyter.",
    discussion: """
      A notebook is a Markdown file whose fenced ```gloss blocks are shell
      commands. `gloss notebook run` runs the blocks in order in one session
      and writes each block's output under it in a fenced ```output block;
      `gloss notebook check` runs them again and fails with a diff where an
      output changed. A Jupyter notebook (.ipynb) whose code cells hold Gloss
      commands runs the same way.

      By default a notebook runs on a temporary copy of the corpus, so it can
      annotate, commit and export without changing the corpus it documents;
      --in-place runs it on the corpus itself. Relative paths in a notebook
      are relative to the corpus folder (or its copy). A notebook writes files
      (export -o, render -o) only inside the corpus folder (or its copy) and
      its own folder, so a notebook received from someone else cannot write
      anywhere else; --allow-write DIR allows another folder. Output is never
      coloured, and new spans and revisions are by the annotator `notebook`
      unless --annotator says otherwise.

      Examples:
        gloss notebook run Notebooks/tour.md
        gloss notebook check Notebooks/*.md
        gloss notebook export --ipynb Notebooks/timeline.md -o timeline.ipynb
        gloss notebook run analysis.ipynb
      """,
    subcommands: [NotebookRunCommand.self, NotebookCheckCommand.self, NotebookExportCommand.self])
}

/// Options of notebook runs.
struct NotebookRunOptions: ParsableArguments {
  @OptionGroup var corpus: CorpusOptions

  @Flag(help: "Run on the corpus itself instead of a temporary copy (commits and files the notebook writes stay).")
  var inPlace = false

  @Option(
    name: .customLong("allow-write"),
    help: ArgumentHelp(
      "Also allow the notebook to write files in this folder (by default only the corpus folder, or its copy, and the notebook's own).",
      valueName: "dir"))
  var allowWrite: [String] = []

  /// Runs the notebook at `path` and returns it with new outputs, and the
  /// blocks that failed.
  func run(_ path: String) throws -> (notebook: Notebook, failures: [NotebookRunner.Failure]) {
    let notebook = try NotebookFile.read(path)
    // Allowed folders are resolved before the workspace changes the working directory.
    let allowed = allowWrite.map(NotebookWorkspace.absolute)
    let workspace = try NotebookWorkspace(corpus: corpus.corpus, inPlace: inPlace)
    defer { workspace.close() }
    var options = corpus
    options.corpus = workspace.root
    options.annotator = corpus.annotator ?? "notebook"
    var interpreter = try options.interpreter(color: false)
    interpreter.settings.writeConfinement = WriteConfinement(
      folders: [workspace.root, Path.directory(path)] + allowed, base: workspace.root)
    var runner = NotebookRunner(interpreter: interpreter)
    let result = runner.run(notebook)
    if runner.interpreter.session.hasStagedChanges && !workspace.isCopy {
      Console.writeError("\(path): the notebook left staged changes without `commit`; they were not written")
    }
    return result
  }
}

/// `gloss notebook run FILE…`.
struct NotebookRunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run notebooks and write each block's output under it.",
    discussion: """
      The file is rewritten only when an output changed. A block that fails
      shows its error as its output; unless its info string says
      `gloss expect-error`, the exit status is then 1.

      Examples:
        gloss notebook run Notebooks/tour.md
        gloss notebook run --in-place annotate.md --annotator ana
      """)

  @OptionGroup var options: NotebookRunOptions
  @Argument(help: ArgumentHelp("The notebooks (.md or .ipynb).", valueName: "file")) var files: [String]

  func run() throws {
    var failed = false
    for file in files {
      let path = NotebookWorkspace.absolute(file)
      let (notebook, failures) = try reporting { try options.run(path) }
      let bytes = NotebookFile.bytes(notebook, for: path)
      let before = (try? FileSystem.readFile(atPath: path)) ?? []
      if bytes != before { try reporting { try AtomicFile.write(bytes, toPath: path) } }
      for failure in failures { Console.writeError("\(file):\(failure.line): error: \(failure.message)") }
      failed = failed || !failures.isEmpty
      Console.writeError(
        "\(file): ran \(notebook.commandCells.count) block\(notebook.commandCells.count == 1 ? "" : "s")"
          + (bytes == before ? ", outputs unchanged" : ", outputs written"))
    }
    if failed { throw ExitCode(1) }
  }
}

/// `gloss notebook check FILE…`.
struct NotebookCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Run notebooks again and fail, with a diff, where an output changed.",
    discussion: """
      Nothing is written. The exit status is 1 when any recorded output
      differs from the output now, or a block fails.

      Example:
        gloss notebook check Notebooks/*.md
      """)

  @OptionGroup var options: NotebookRunOptions
  @Argument(help: ArgumentHelp("The notebooks (.md or .ipynb).", valueName: "file")) var files: [String]

  func run() throws {
    var problems = 0
    for file in files {
      let path = NotebookWorkspace.absolute(file)
      let recorded = try reporting { try NotebookFile.read(path) }
      let (notebook, failures) = try reporting { try options.run(path) }
      let check = NotebookCheck(file: file, recorded: recorded, notebook: notebook, failures: failures)
      for line in check.diffs + check.failures + [check.summary] { Console.writeError(line) }
      problems += check.problemCount
    }
    if problems > 0 { throw ExitCode(1) }
  }
}

/// `gloss notebook export --ipynb FILE -o OUT.ipynb`.
struct NotebookExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a notebook as a Jupyter notebook (nbformat 4) with its recorded outputs.",
    discussion: """
      Prose becomes Markdown cells, each ```gloss block a code cell whose
      output is the recorded ```output block (run the notebook first to
      bring them up to date). The kernelspec names Gloss.

      Example:
        gloss notebook export --ipynb Notebooks/timeline.md -o timeline.ipynb
      """)

  @Flag(help: "Write nbformat 4 JSON (the only format so far).") var ipynb = false
  @Argument(help: ArgumentHelp("The notebook.", valueName: "file")) var file: String
  @Option(name: [.short, .long], help: ArgumentHelp("The .ipynb file to write.", valueName: "path")) var output: String

  func validate() throws {
    guard ipynb else { throw ValidationError("Say which format to write: --ipynb.") }
  }

  func run() throws {
    try reporting {
      let notebook = try NotebookFile.read(file)
      try AtomicFile.write(JupyterNotebook.render(notebook), toPath: output)
      Console.writeError("wrote \(output) (\(notebook.commandCells.count) code cells)")
    }
  }
}
