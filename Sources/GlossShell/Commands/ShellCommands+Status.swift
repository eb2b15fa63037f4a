extension ShellCommands {
  /// `status`: what is staged.
  public enum Status: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "status", usage: "status", summary: "Show what is staged and not yet committed.", examples: ["status"])

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.status(&arguments)
    }
  }
}
