extension ShellCommands {
  /// `let NAME = QUERY`: a named set of matches.
  public enum Let: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "let", usage: "let NAME = QUERY",
      summary: "Name a query's matches for later queries (let alone lists them).",
      examples: ["let treaties = \"treaty\"%c", "query treaties within sentence"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      ShellCommands.completeQuery(context)
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.letCommand(&arguments)
    }
  }
}
