extension ShellCommands {
  /// `entities [DOC…]`: distinct entities with their mentions.
  public enum Entities: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "entities", usage: "entities [DOC…]",
      summary: "Each document's distinct accepted entities with label and number of mentions.",
      examples: ["entities", "entities 002_721a65e19f26592e"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.offer(context.documentIDs)
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.entities(&arguments)
    }
  }
}
