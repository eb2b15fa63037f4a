extension ShellCommands {
  /// `restore DOC@REV|REV`: a document or all put back as they were.
  public enum Restore: ShellCommand {
    public static let configuration = ShellCommandConfiguration(
      name: "restore", usage: "restore DOC@REV|REV",
      summary: "Stage putting one document (or all) back as it was at a revision.",
      examples: ["restore 002_721a65e19f26592e@1", "restore 2"])

    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty ? context.offer(context.documentIDs) : .none
    }

    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.restore(&arguments)
    }
  }
}
