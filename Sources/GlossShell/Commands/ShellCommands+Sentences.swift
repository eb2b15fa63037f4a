extension ShellCommands {
  /// `sentences DOC`: a document's sentences with offsets.
  public enum Sentences: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "sentences", usage: "sentences DOC", summary: "List a document's sentences with offsets.",
      examples: ["sentences 003_6658ac4e4684006a"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty ? context.offer(context.documentIDs) : .none
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.sentences(&arguments)
    }
  }
}
