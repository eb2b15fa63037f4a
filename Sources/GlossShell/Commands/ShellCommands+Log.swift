extension ShellCommands {
  /// `log [DOC] [LIMIT]`: revisions, newest first.
  public enum Log: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "log", usage: "log [DOC] [LIMIT]", summary: "List revisions, newest first.",
      examples: ["log", "log 002_721a65e19f26592e 5"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty ? context.offer(context.documentIDs) : .none
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.log(&arguments)
    }
  }
}
