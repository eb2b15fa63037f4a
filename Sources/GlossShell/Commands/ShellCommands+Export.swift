import GlossFormats

extension ShellCommands {
  /// `export FORMAT …`: committed spans in another tool's format.
  public enum Export: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "export",
      usage:
        "export FORMAT [-o PATH] [--doc DOC]… [--layer LAYER]… [--label LABEL]… [--status S] [--tags iob1|iob2|bioes] [--labels ontonotes|conll] [--placeholder-syntax]",
      summary: "Export committed spans (accepted only unless --status all|suggested|rejected).",
      examples: [
        "export json -o gold.json", "export jsonl --layer entity --status all",
        "export conll2003 --tags bioes -o train.conll", "export brat -o brat/",
      ])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty
        ? context.offer(ExportFormat.allCases.map(\.rawValue))
        : context.offer(["-o", "--doc", "--layer", "--label", "--status", "--tags", "--labels"])
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.export(&arguments)
    }
  }
}
