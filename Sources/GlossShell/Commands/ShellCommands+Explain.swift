extension ShellCommands {
  /// `explain QUERY`: how a query will be evaluated.
  public enum Explain: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "explain", usage: "explain QUERY", summary: "Show how a query will be evaluated.",
      examples: ["explain \"treaty\" before entity:LAW within 5"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      ShellCommands.completeQuery(context)
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.explain(&arguments)
    }
  }
}
