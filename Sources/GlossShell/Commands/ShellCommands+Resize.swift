extension ShellCommands {
  /// `resize DOC SPAN START..END|"TEXT" [#N]|±N ±M`.
  public enum Resize: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "resize",
      usage: "resize DOC SPAN START..END | resize DOC SPAN \"TEXT\" [#N] | resize DOC SPAN ±N ±M",
      summary:
        "Stage a new extent for a span, keeping its id, label, attributes and status: offsets, the text it "
        + "should cover, or moves of its start and end edges by whole tokens (negative moves left).",
      examples: [
        "resize 002_721a65e19f26592e s3 120..134",
        "resize 002_721a65e19f26592e s3 \"Luiz Inácio Lula da Silva\"",
        "resize 002_721a65e19f26592e s3 \"Putin\" #2",
        "resize 002_721a65e19f26592e s3 +0 +2",
        "resize 002_721a65e19f26592e s3 -1 +0",
      ])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty ? context.offer(context.documentIDs) : .none
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.resize(&arguments)
    }
  }
}
