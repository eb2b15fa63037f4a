import GlossCore

extension ShellCommands {
  /// `labels [LAYER]`: the scheme's layers, labels and attributes.
  public enum Labels: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "labels", usage: "labels [LAYER]",
      summary: "List the annotation scheme: layers, their labels and attributes (@name, * required).",
      examples: ["labels", "labels time"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty ? context.offer(context.corpus.scheme.layerNames) : .none
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      let scheme = interpreter.corpus.scheme
      let layer = arguments.take()
      try arguments.finish()
      if let layer, scheme.layer(named: layer.text) == nil {
        throw ShellError(
          "unknown layer '\(layer.text)'"
            + (NearestName.suggestion(for: layer.text, among: scheme.layerNames).map { " (did you mean '\($0)'?)" }
              ?? "")
            + "; layers: " + scheme.layerNames.joined(separator: ", "), at: layer)
      }
      var output = CommandOutput.table(CorpusViews.scheme(scheme, layer: layer?.text), style: interpreter.style)
      output.pages = true
      return output
    }
  }
}
