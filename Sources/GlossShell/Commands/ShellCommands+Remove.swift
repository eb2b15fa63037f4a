extension ShellCommands {
  /// `remove DOC SPAN…|"TEXT"` and `remove query QUERY`.
  public enum Remove: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "remove", usage: "remove DOC SPAN…|\"TEXT\" [all|#N] [on LAYER[:LABEL]] | remove query QUERY [--dry-run]",
      summary:
        "Stage the removal of spans, by id or by the text they cover. A tagger's pending suggestion is kept as "
        + "rejected, so tagging again does not bring it back.",
      examples: [
        "remove 002_721a65e19f26592e s3", "remove 002_721a65e19f26592e \"Putin\" all on entity",
        "remove query entity:PERSON[annotator ~ \"^tagger\"] --dry-run",
      ])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      ShellCommands.completeSpanEdit(context)
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try arguments.isQueryForm
        ? interpreter.editFromQuery(&arguments, command: "remove") : interpreter.remove(&arguments)
    }
  }
}
