extension ShellCommands {
  /// `docs`: the documents with token, sentence and span counts.
  public enum Docs: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "docs", usage: "docs", summary: "List the documents with token, sentence and span counts.",
      examples: ["docs"])

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.docs(&arguments)
    }
  }
}
