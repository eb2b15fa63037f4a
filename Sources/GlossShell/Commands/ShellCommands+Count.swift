extension ShellCommands {
  /// `count QUERY [by PROPERTY]`: matches grouped and counted.
  public enum Count: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "count", usage: "count QUERY [by label|text|lowercase|lemma|pos|deprel|doc|ATTRIBUTE] [--docs]",
      summary:
        "Count a query's matches grouped by a property, with shares (--docs: per document); rejected spans only where a pattern tests status.",
      examples: [
        "count entity by label", "count [pos = \"VERB\"] by lemma", "count [shape=\"Xxxxx\"] by lowercase",
        "count time by value --docs",
      ])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      ShellCommands.completeQuery(context)
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.count(&arguments)
    }
  }
}
