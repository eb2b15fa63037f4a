import GlossCore

extension ShellCommands {
  /// `syntax DOC [SENTENCE]` shows a parse; `syntax DOC S.W KEY=VALUE…`
  /// corrects one word.
  public enum Syntax: ShellCommand {
    /// The command's name, syntax, summary and examples.
    public static let configuration = ShellCommandConfiguration(
      name: "syntax", usage: "syntax DOC [SENTENCE | S.W [upos=TAG] [lemma=LEMMA] [head=S.H|root] [deprel=REL]]",
      summary:
        "Show a document's part of speech, lemmas and parse by sentence, or correct one word (staged as a syntax span).",
      examples: [
        "syntax 003_6658ac4e4684006a 2", "syntax 003_6658ac4e4684006a 2.5 upos=VERB lemma=sign",
        "syntax 003_6658ac4e4684006a 2.1 head=2.5 deprel=nsubj",
      ])

    /// What Tab offers after the command's name.
    public static func complete(_ context: CompletionContext) -> ShellCompletion {
      context.arguments.isEmpty
        ? context.offer(context.documentIDs)
        : context.arguments.count >= 2 ? context.offer(["upos=", "lemma=", "head=", "deprel="]) : .none
    }

    /// Runs the command in `interpreter`.
    public static func run(
      _ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter
    ) throws(ShellError) -> CommandOutput {
      try interpreter.syntax(&arguments)
    }
  }
}
