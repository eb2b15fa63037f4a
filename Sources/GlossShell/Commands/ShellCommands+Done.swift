extension ShellCommands {
  /// `done DOC [LAYER…]`: layers of a document marked fully reviewed.
  public enum Done: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "done", usage: "done DOC [LAYER…]",
      summary:
        "Stage marking a document's layers done (fully reviewed; no layer: every layer it has spans on). "
        + "Training-data exports and eval take only done layers.",
      examples: ["done 002_721a65e19f26592e entity", "done 002_721a65e19f26592e"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      ShellCommands.completeDone(context)
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.markDone(&arguments, done: true)
    }
  }

  /// `undone DOC [LAYER…]`: layers of a document no longer marked done.
  public enum Undone: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "undone", usage: "undone DOC [LAYER…]",
      summary: "Stage marking a document's layers not done (no layer: every done layer).",
      examples: ["undone 002_721a65e19f26592e entity", "undone 002_721a65e19f26592e"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      ShellCommands.completeDone(context)
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.markDone(&arguments, done: false)
    }
  }

  /// A document, then the scheme's layers.
  static func completeDone(_ context: CompletionContext) -> ShellCompletion {
    context.arguments.isEmpty
      ? context.offer(context.documentIDs) : context.offer(context.corpus.scheme.layerNames)
  }
}
