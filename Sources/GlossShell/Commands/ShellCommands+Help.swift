extension ShellCommands {
  /// `help [COMMAND]`: the commands, or one explained.
  public enum Help: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "help", usage: "help [COMMAND]", summary: "List the commands, or explain one.", examples: ["help annotate"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty ? context.offer(ShellCommands.names) : .none
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.help(&arguments)
    }
  }
}
