extension ShellCommands {
  /// `sentences DOC`: a document's sentences with offsets.
  public enum Sentences: ShellCommand {
    public static let configuration = ShellCommandConfiguration(
      name: "sentences", usage: "sentences DOC", summary: "List a document's sentences with offsets.",
      examples: ["sentences 003_6658ac4e4684006a"])

    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty ? context.offer(context.documentIDs) : .none
    }

    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.sentences(&arguments)
    }
  }
}
