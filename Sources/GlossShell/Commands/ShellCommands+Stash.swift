extension ShellCommands {
  /// `stash …`: staged changes saved for later and taken back.
  public enum Stash: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "stash", usage: "stash [save [\"MESSAGE\"] | list | show N | apply N | drop N]",
      summary:
        "Save the staged changes for later (and drop them from the session), list saved entries, show one, stage one again onto the documents as they are now, or delete one.",
      examples: ["stash save \"dates, half done\"", "stash list", "stash show 2", "stash apply 2", "stash drop 2"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty ? context.offer(["save", "list", "show", "apply", "drop"]) : .none
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.stash(&arguments)
    }
  }
}
