extension ShellCommands {
  /// `render [DOC…] -o FILE.html`: an HTML page of the documents.
  public enum Render: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "render", usage: "render [DOC…] -o FILE.html [--layer LAYER]… [--status S]",
      summary: "Write the documents and their spans as a self-contained HTML page (legend, hover details, SVG charts).",
      examples: ["render -o corpus.html", "render 002_721a65e19f26592e --layer clause -o clauses.html"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.offer(context.documentIDs + ["-o", "--layer", "--status"])
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.render(&arguments)
    }
  }
}
