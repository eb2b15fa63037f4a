extension ShellCommands {
  /// `relabel DOC SPAN…|"TEXT" as LAYER:LABEL` and `relabel query QUERY as LAYER:LABEL`.
  public enum Relabel: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "relabel",
      usage:
        "relabel DOC SPAN…|\"TEXT\" [all|#N] as LAYER:LABEL [KEY=VALUE…] | relabel query QUERY as LAYER:LABEL [--dry-run]",
      summary: "Stage a change of layer and label, and of attributes in the same step (KEY= removes one).",
      examples: [
        "relabel 002_721a65e19f26592e s7 as entity:NORP", "relabel 003_6658ac4e4684006a s4 as time:DURATION value=P4Y",
        "relabel query entity:GPE[text = \"Kremlin\"] as entity:ORG",
      ])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      ShellCommands.completeSpanEdit(context, attributes: true)
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try arguments.isQueryForm
        ? interpreter.editFromQuery(&arguments, command: "relabel") : interpreter.relabel(&arguments)
    }
  }
}
