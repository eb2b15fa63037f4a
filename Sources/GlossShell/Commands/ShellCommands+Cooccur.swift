extension ShellCommands {
  /// `cooccur [DOC…] [--top N]`: entities mentioned in the same clause.
  public enum Cooccur: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "cooccur", usage: "cooccur [DOC…] [--top N]",
      summary: "Pairs of entities mentioned in the same (innermost accepted) clause, most frequent first.",
      examples: ["cooccur --top 10"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.offer(context.documentIDs + ["--top"])
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.cooccur(&arguments)
    }
  }
}
