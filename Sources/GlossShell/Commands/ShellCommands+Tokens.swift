extension ShellCommands {
  /// `tokens DOC [SENTENCE]`: a document's tokens with offsets.
  public enum Tokens: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "tokens", usage: "tokens DOC [SENTENCE]", summary: "List a document's tokens with offsets.",
      examples: ["tokens 003_6658ac4e4684006a 2"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty ? context.offer(context.documentIDs) : .none
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.tokens(&arguments)
    }
  }
}
