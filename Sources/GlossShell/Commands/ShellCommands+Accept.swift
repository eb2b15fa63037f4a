extension ShellCommands {
  /// `accept DOC SPAN…|"TEXT"|all` and `accept query QUERY`.
  public enum Accept: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "accept", usage: "accept DOC SPAN…|\"TEXT\" [all|#N]|all | accept query QUERY [--dry-run]",
      summary: "Stage accepting spans (all: every suggestion in the document).",
      examples: [
        "accept 002_721a65e19f26592e s4 s5", "accept 002_721a65e19f26592e all",
        "accept query entity:PERSON[status = suggested]",
      ])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      ShellCommands.completeSpanEdit(context)
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try arguments.isQueryForm
        ? interpreter.editFromQuery(&arguments, command: "accept") : interpreter.review(&arguments, status: .accepted)
    }
  }
}
