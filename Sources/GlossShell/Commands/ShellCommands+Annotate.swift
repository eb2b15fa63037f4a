extension ShellCommands {
  /// `annotate DOC "TEXT"|START..END as LAYER:LABEL …` and `annotate query QUERY as LAYER:LABEL`.
  public enum Annotate: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "annotate",
      usage:
        "annotate DOC \"TEXT\"|START..END as LAYER:LABEL [all|#N] [KEY=VALUE…] | annotate query QUERY as LAYER:LABEL [KEY=VALUE…] [--replace] [--dry-run]",
      summary:
        "Stage a new span over quoted text, offsets, or every match of a query (one undo step). A span must fit "
        + "its layer's overlap policy; from a query, matches that would not are skipped and counted (--replace "
        + "replaces conflicting suggestions). A rejected span of the same extent is replaced.",
      examples: [
        "annotate 002_721a65e19f26592e \"Vladimir Putin\" as entity:PERSON",
        "annotate 002_721a65e19f26592e \"North Korea\" as entity:GPE all",
        "annotate 003_6658ac4e4684006a \"June 2024\" as time:DATE value=2024-06",
        "annotate 000_4cd8ae22b0588f7c 0..6 as entity:GPE",
        "annotate query \"North Korea\" as entity:GPE --dry-run",
      ])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      ShellCommands.completeSpanEdit(context, attributes: true)
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try arguments.isQueryForm ? interpreter.annotateFromQuery(&arguments) : interpreter.annotate(&arguments)
    }
  }
}
