import ArgumentParser
import GlossShell

/// The `gloss` command: an annotated-corpus toolkit.
public struct GlossCommand: ParsableCommand {
  /// The command line's name, summary and subcommands.
  public static let configuration = CommandConfiguration(
    commandName: "gloss",
    abstract: "Annotate, version, query and export a corpus of texts.",
    discussion: """
      Gloss works on the corpus in the current folder (Corpus/ holds the
      texts, Annotations/ the versioned spans), or the one named by --corpus.
      With no subcommand it opens the interactive shell (gloss repl).
      """,
    subcommands: [
      ReplCommand.self, RunCommand.self, DocsCommand.self, LabelsCommand.self, ShowCommand.self, TokensCommand.self,
      SentencesCommand.self,
      TokenizeCommand.self, StashCommand.self,
      AddCommand.self, RemoveCommand.self, RelabelCommand.self, ResizeCommand.self, AttrCommand.self,
      AcceptCommand.self, RejectCommand.self, DoneCommand.self, UndoneCommand.self,
      LogCommand.self, DiffCommand.self, RestoreCommand.self, QueryCommand.self, TagCommand.self, TrainCommand.self,
      SuggestCommand.self, ExportCommand.self, ImportCommand.self, EvalCommand.self, BenchCommand.self,
      NotebookCommand.self,
      RenderCommand.self,
    ],
    defaultSubcommand: ReplCommand.self)

  /// Creates the command (argument-parser calls it).
  public init() {}
}
