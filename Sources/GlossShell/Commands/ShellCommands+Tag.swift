import GlossCore
import GlossTaggers

extension ShellCommands {
  /// `tag [DOC…] [LAYER…]`: the shipped taggers' suggestions, staged, and the syntax.
  public enum Tag: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "tag", usage: "tag [DOC…] [LAYER…]",
      summary:
        "Stage the shipped taggers' suggestions for the documents named, or all (every layer with a tagger, or those named), and compute their syntax (part of speech, lemmas, parse; LAYER syntax for that alone).",
      examples: ["tag", "tag 003_6658ac4e4684006a", "tag 003_6658ac4e4684006a time", "tag syntax"])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.offer(
        context.documentIDs.filter { !context.arguments.contains($0) }
          + (StandardTaggers.layers + [SyntaxLayer.name]).filter { !context.arguments.contains($0) })
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.tag(&arguments)
    }
  }
}
