extension ShellCommands {
  /// `reject DOC SPAN…|"TEXT"|all` and `reject query QUERY`.
  public enum Reject: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "reject", usage: "reject DOC SPAN…|\"TEXT\" [all|#N]|all | reject query QUERY [--dry-run]",
      summary: "Stage rejecting spans.",
      examples: ["reject 002_721a65e19f26592e s6"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      ShellCommands.completeSpanEdit(context)
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try arguments.isQueryForm
        ? interpreter.editFromQuery(&arguments, command: "reject") : interpreter.review(&arguments, status: .rejected)
    }
  }
}
