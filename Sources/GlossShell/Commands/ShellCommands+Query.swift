extension ShellCommands {
  /// `query QUERY`: matches in context (KWIC).
  public enum Query: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "query", usage: "query QUERY [--limit N|--all] [--sort doc|match|left|right] [--width N|Nc]",
      summary:
        "Find matches of a query (QUERY.md) and show them in context (KWIC); rejected spans only where a pattern tests status (entity[status = rejected]).",
      examples: [
        "query \"treaty\"%c", "query entity:PERSON within clause:SUB --sort match",
        "query time.value >= \"2024-06\" --width 40c",
      ])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      ShellCommands.completeQuery(context)
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.query(&arguments)
    }
  }
}
