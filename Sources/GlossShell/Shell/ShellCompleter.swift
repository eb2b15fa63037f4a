import GlossCore

/// Tab completion for the shell language: command names, document ids,
/// layers and `layer:LABEL`s, attribute names, option values, and file paths
/// after `-o`.
public struct ShellCompleter: Sendable {
  /// The corpus whose names are offered.
  let corpus: Corpus

  /// A completer of `corpus`'s names.
  public init(corpus: Corpus) {
    self.corpus = corpus
  }

  /// The completions for the text before the cursor: a command's name,
  /// the values of the options every command shares, or what the command
  /// itself offers (``ShellCommand/complete(_:)``).
  public func completions(_ lineBeforeCursor: String) -> ShellCompletion {
    let words = lineBeforeCursor.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    let endsWithSpace = lineBeforeCursor.last == " " || lineBeforeCursor.isEmpty
    let stem = endsWithSpace ? "" : (words.last ?? "")
    let previous = endsWithSpace ? words : Array(words.dropLast())
    let context = CompletionContext(corpus: corpus, previous: previous, stem: stem)
    guard let name = previous.first else {
      return context.offer(ShellCommands.names + ShellCommands.all.flatMap { $0.configuration.aliases })
    }
    switch previous.last {
    case "-o", "--output": return context.paths()
    case "as", "on": return context.offer(corpus.scheme.qualifiedLabels + corpus.scheme.layerNames)
    case "--doc": return context.offer(context.documentIDs)
    case "--layer": return context.offer(corpus.scheme.layerNames)
    case "--label": return context.offer(corpus.scheme.qualifiedLabels)
    case "--status": return context.offer(StatusChoice.allCases.map(\.rawValue))
    default:
      guard let command = ShellCommands.named(name) else { return .none }
      return command.complete(context)
    }
  }
}
