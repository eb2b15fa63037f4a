extension ShellCommands {
  /// `diff REV1 [REV2]`: span changes between revisions.
  public enum Diff: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "diff", usage: "diff REV1 [REV2]", summary: "Show span changes between two revisions.",
      examples: ["diff 1 3"])

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.diff(&arguments)
    }
  }
}
