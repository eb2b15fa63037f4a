extension ShellCommands {
  /// `set [NAME VALUE]`: the session's options.
  public enum Settings: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "set",
      usage:
        "set [annotator NAME | context N | color on|off | format table|json|csv | message \"TEXT\" | timeout SECONDS|off | matching shortest|standard|longest]",
      summary: "Show or change session options.",
      examples: ["set annotator ana", "set format json", "set matching longest"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      ShellCommands.completeSetting(context)
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.set(&arguments)
    }
  }
}
