extension ShellCommands {
  /// `restore DOC@REV|REV`: a document or all put back as they were.
  public enum Restore: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "restore", usage: "restore DOC@REV|REV",
      summary: "Stage putting one document (or all) back as it was at a revision.",
      examples: ["restore 002_721a65e19f26592e@1", "restore 2"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty ? context.offer(context.documentIDs) : .none
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.restore(&arguments)
    }
  }
}
