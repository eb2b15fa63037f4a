extension ShellCommands {
  /// `cooccur [DOC…] [--top N]`: entities mentioned in the same clause.
  public enum Cooccur: ShellCommand {
    public static let configuration = ShellCommandConfiguration(
      name: "cooccur", usage: "cooccur [DOC…] [--top N]",
      summary: "Pairs of entities mentioned in the same (innermost accepted) clause, most frequent first.",
      examples: ["cooccur --top 10"])

    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.offer(context.documentIDs + ["--top"])
    }

    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.cooccur(&arguments)
    }
  }
}
