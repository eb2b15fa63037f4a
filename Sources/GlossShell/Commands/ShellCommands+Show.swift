extension ShellCommands {
  /// `show DOC[@REV] [LAYER…]`: a document with its spans marked.
  public enum Show: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "show", usage: "show DOC[@REV] [LAYER…] [--layer LAYER]… [--status S] [--spans-only] [--brackets]",
      summary:
        "Show a document with its spans marked (staged changes included), at any revision; --brackets draws nested spans as brackets under the text.",
      examples: [
        "show 002_721a65e19f26592e", "show 002_721a65e19f26592e entity", "show 002_721a65e19f26592e@3",
        "show 002_721a65e19f26592e clause --brackets",
      ])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty
        ? context.offer(context.documentIDs) : context.offer(context.corpus.scheme.layerNames + ["--brackets"])
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.show(&arguments)
    }
  }
}
