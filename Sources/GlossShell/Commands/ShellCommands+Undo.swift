extension ShellCommands {
  /// `undo`: the last staged change reverted.
  public enum Undo: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "undo", usage: "undo", summary: "Revert the last staged change of this session.", examples: ["undo"])

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.undo(&arguments)
    }
  }
}
