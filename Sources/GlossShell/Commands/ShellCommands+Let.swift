extension ShellCommands {
  /// `let NAME = QUERY`: a named set of matches.
  public enum Let: ShellCommand {
    public static let configuration = ShellCommandConfiguration(
      name: "let", usage: "let NAME = QUERY", summary: "Name a query's matches for later queries (let alone lists them).",
      examples: ["let treaties = \"treaty\"%c", "query treaties within sentence"])

    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      ShellCommands.completeQuery(context)
    }

    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.letCommand(&arguments)
    }
  }
}
