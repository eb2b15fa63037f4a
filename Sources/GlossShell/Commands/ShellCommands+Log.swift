extension ShellCommands {
  /// `log [DOC] [LIMIT]`: revisions, newest first.
  public enum Log: ShellCommand {
    public static let configuration = ShellCommandConfiguration(
      name: "log", usage: "log [DOC] [LIMIT]", summary: "List revisions, newest first.", examples: ["log", "log 002_721a65e19f26592e 5"])

    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty ? context.offer(context.documentIDs) : .none
    }

    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.log(&arguments)
    }
  }
}
