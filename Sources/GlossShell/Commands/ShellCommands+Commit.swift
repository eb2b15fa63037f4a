extension ShellCommands {
  /// `commit [-m] "MESSAGE"`: the staged changes as one revision.
  public enum Commit: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "commit", usage: "commit [-m] \"MESSAGE\"", summary: "Write the staged changes as one revision.",
      examples: ["commit -m \"entities of article 002\""])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty ? context.offer(["-m"]) : .none
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.commit(&arguments)
    }
  }
}
