extension ShellCommands {
  /// `entities [DOC…]`: distinct entities with their mentions.
  public enum Entities: ShellCommand {
    public static let configuration = ShellCommandConfiguration(
      name: "entities", usage: "entities [DOC…]",
      summary: "Each document's distinct accepted entities with label and number of mentions.",
      examples: ["entities", "entities 002_721a65e19f26592e"])

    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.offer(context.documentIDs)
    }

    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.entities(&arguments)
    }
  }
}
