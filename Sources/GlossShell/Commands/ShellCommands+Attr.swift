extension ShellCommands {
  /// `attr DOC SPAN…|"TEXT" KEY=VALUE… KEY=`.
  public enum Attr: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "attr",
      usage: "attr DOC SPAN…|\"TEXT\" [all|#N] [on LAYER[:LABEL]] KEY=VALUE… [KEY=]",
      summary:
        "Stage setting attributes of spans (KEY= removes one), checked against the scheme: its attributes, "
        + "their allowed values, the required ones.",
      examples: [
        "attr 003_6658ac4e4684006a s4 value=2025-03-11TMO mod=",
        "attr 003_6658ac4e4684006a \"over two years\" value=P2Y mod=MORE_THAN",
      ])

    /// What Tab offers after the command's name: documents, then the
    /// attributes the scheme declares.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      guard !context.arguments.isEmpty else { return context.offer(context.documentIDs) }
      let names = Set(context.corpus.scheme.layers.flatMap { $0.attributes.map { "\($0.name)=" } })
      return context.offer(names.sorted())
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.setAttributes(&arguments)
    }
  }
}
