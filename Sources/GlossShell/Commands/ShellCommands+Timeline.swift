extension ShellCommands {
  /// `timeline [DOC…]`: dated events in order of their TIMEX3 value.
  public enum Timeline: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "timeline", usage: "timeline [DOC…]",
      summary: "Accepted time spans: dates and times in order of TIMEX3 value, then durations, each with its sentence.",
      examples: ["timeline", "timeline 003_6658ac4e4684006a"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.offer(context.documentIDs)
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.timeline(&arguments)
    }
  }
}
