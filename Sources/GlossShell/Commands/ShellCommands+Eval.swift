import GlossTaggers

extension ShellCommands {
  /// `eval [LAYER…]`: the taggers scored against the accepted spans.
  public enum Eval: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "eval", usage: "eval [LAYER…]",
      summary:
        "Score the shipped taggers against the corpus's accepted spans as gold (precision, recall, F1), "
        + "each document only on its layers marked done (done DOC LAYER).",
      examples: ["eval", "eval time"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.offer(StandardTaggers.layers.filter { !context.arguments.contains($0) })
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.evaluate(&arguments)
    }
  }
}
