extension ShellCommands {
  /// `docs`: the documents with token, sentence and span counts.
  public enum Docs: ShellCommand {
    public static let configuration = ShellCommandConfiguration(
      name: "docs", usage: "docs", summary: "List the documents with token, sentence and span counts.", examples: ["docs"])

    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.docs(&arguments)
    }
  }
}
