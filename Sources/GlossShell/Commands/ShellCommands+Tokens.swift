extension ShellCommands {
  /// `tokens DOC [SENTENCE]`: a document's tokens with offsets.
  public enum Tokens: ShellCommand {
    public static let configuration = ShellCommandConfiguration(
      name: "tokens", usage: "tokens DOC [SENTENCE]", summary: "List a document's tokens with offsets.",
      examples: ["tokens 003_6658ac4e4684006a 2"])

    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty ? context.offer(context.documentIDs) : .none
    }

    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.tokens(&arguments)
    }
  }
}
