extension ShellCommands {
  /// `quit` (also `exit`): leave.
  public enum Quit: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "quit", aliases: ["exit"], usage: "quit",
      summary: "Leave (offering to commit staged changes). Also: exit, Ctrl-D.", examples: ["quit"])

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.quit(&arguments)
    }
  }
}
