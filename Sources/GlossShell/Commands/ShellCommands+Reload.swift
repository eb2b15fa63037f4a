extension ShellCommands {
  /// `reload`: see what other writers committed, keeping the staged changes.
  public enum Reload: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "reload", usage: "reload",
      summary:
        "Re-read the documents other writers committed to and re-apply your staged changes onto them, listing those that conflict (kept as a stash entry).",
      examples: ["reload"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion { .none }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.reload(&arguments)
    }
  }
}
