import GlossCore
import GlossQuery

/// The registry of the shell language's commands, in the order `help` lists
/// them: dispatch, `help` and Tab completion read it and nothing else.
public enum ShellCommands {
  /// Every command.
  public static var all: [any ShellCommand.Type] {
    [
      Help.self, Docs.self, Labels.self, Show.self, Tokens.self, Sentences.self, Syntax.self, Annotate.self,
      Remove.self, Relabel.self, Resize.self, Attr.self,
      Accept.self, Reject.self, Done.self, Undone.self, Query.self, Count.self, Let.self, Explain.self, Tag.self,
      Review.self, Undo.self,
      Status.self, Commit.self, Reload.self, Stash.self, Log.self, Diff.self, Restore.self, Export.self, Import.self,
      Timeline.self,
      Entities.self, Cooccur.self, Eval.self, Render.self, Settings.self, Quit.self,
    ]
  }

  /// Every command's name, in `help` order.
  public static var names: [String] { all.map { $0.configuration.name } }

  /// The command called `name` or one of its aliases.
  public static func named(_ name: String) -> (any ShellCommand.Type)? {
    all.first { $0.configuration.name == name || $0.configuration.aliases.contains(name) }
  }

  /// Completion after a command that edits spans: a document or `query`,
  /// then a query (the query form), else `as`, `all`, `on`, and after a
  /// label the attributes of its layer when `attributes`.
  static func completeSpanEdit(_ context: CompletionContext, attributes: Bool = false) -> ShellCompletion {
    guard let first = context.arguments.first else { return context.offer(context.documentIDs + ["query"]) }
    if first == "query" { return completeQuery(context) }
    if attributes, context.arguments.contains("as"), let label = context.arguments.last(where: { $0.contains(":") }) {
      // After the label: attributes of its layer, and all/#N.
      let layer = String(label.split(separator: ":").first ?? "")
      let names = context.corpus.scheme.layer(named: layer)?.attributes.map { "\($0.name)=" } ?? []
      return context.offer(names + ["all"])
    }
    return context.offer(["as", "all", "on"])
  }

  /// Completion inside a query: labels, layers and operators, the options
  /// of query commands, and after `count … by` the properties to group by.
  static func completeQuery(_ context: CompletionContext) -> ShellCompletion {
    if context.previous.first == "count", context.previous.last == "by" {
      let attributes = Set(context.corpus.scheme.layers.flatMap { $0.attributes.map(\.name) })
      return context.offer(["label", "text", "lowercase", "doc", "status", "annotator"] + attributes.sorted())
    }
    return context.offer(context.queryWords + ["as", "by", "--dry-run", "--limit", "--sort", "--width", "--all"])
  }

  /// Completion after `set`: the settings, then the values of those with a fixed set.
  static func completeSetting(_ context: CompletionContext) -> ShellCompletion {
    guard let setting = context.arguments.first else {
      return context.offer(["annotator", "context", "color", "format", "message", "timeout", "matching"])
    }
    guard context.arguments.count == 1 else { return .none }
    switch setting {
    case "color": return context.offer(["on", "off"])
    case "format": return context.offer(ShellSettings.Format.allCases.map(\.rawValue))
    case "matching": return context.offer(SequenceMatching.allCases.map(\.rawValue))
    default: return .none
    }
  }
}
