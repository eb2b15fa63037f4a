extension ShellCommands {
  /// `review DOC [LAYER] [--uncertain]`: pending suggestions one key at a time.
  public enum Review: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "review", usage: "review DOC [LAYER] [--uncertain]",
      summary:
        "Walk the pending suggestions one by one: a accept, r reject, l relabel (asks LAYER:LABEL), s skip, q quit; "
        + "fix one first: < > move the start a token left/right, , . the end, v sets the value (time), u undoes a fix, "
        + "? lists the keys (a fixed suggestion stays pending until a accepts it); "
        + "--uncertain: least certain sentences first (the entity model's margin, as gloss suggest), else text order.",
      examples: [
        "review 003_6658ac4e4684006a", "review 003_6658ac4e4684006a time",
        "review 003_6658ac4e4684006a entity --uncertain",
      ])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty
        ? context.offer(context.documentIDs)
        : context.arguments.count == 1
          ? context.offer(context.corpus.scheme.layerNames + ["--uncertain"]) : context.offer(["--uncertain"])
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.reviewSuggestions(&arguments)
    }
  }
}
