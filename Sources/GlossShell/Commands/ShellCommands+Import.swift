import GlossFormats

extension ShellCommands {
  /// `import FORMAT PATH`: another tool's spans, staged.
  public enum Import: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "import", usage: "import FORMAT PATH [--layer LAYER]… [--dry-run]",
      summary:
        "Stage the spans of a file or folder another tool wrote (formats as gloss import); undo drops them, commit keeps them.",
      examples: ["import conll2003 train.conll", "import brat brat/ --dry-run", "import doccano admin.jsonl"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty
        ? context.offer(ImportFormat.allCases.map(\.rawValue))
        : context.arguments.count == 1 ? context.paths() : context.offer(["--layer", "--dry-run"])
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.importSpans(&arguments)
    }
  }
}
