extension ShellCommands {
  /// `help [COMMAND]`: the commands, or one explained.
  public enum Help: ShellCommand {
    public static let configuration = ShellCommandConfiguration(
      name: "help", usage: "help [COMMAND]", summary: "List the commands, or explain one.", examples: ["help annotate"])

    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty ? context.offer(ShellCommands.names) : .none
    }

    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.help(&arguments)
    }
  }
}
