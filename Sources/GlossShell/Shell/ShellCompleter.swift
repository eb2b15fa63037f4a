import GlossCore
import GlossFormats
import GlossTaggers

#if canImport(Glibc)
  import Glibc
#endif

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

  /// The completions for the text before the cursor.
  public func completions(_ lineBeforeCursor: String) -> ShellCompletion {
    let words = lineBeforeCursor.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    let endsWithSpace = lineBeforeCursor.last == " " || lineBeforeCursor.isEmpty
    let stem = endsWithSpace ? "" : (words.last ?? "")
    let previous = endsWithSpace ? words : Array(words.dropLast())
    guard let command = previous.first else {
      return ShellCompletion(stem: stem, candidates: match(stem, ShellCommandInfo.all.map(\.name) + ["exit"]))
    }
    let documentIDs = corpus.documents.map(\.id)
    if previous.last == "-o" || previous.last == "--output" { return pathCompletions(stem) }
    if previous.last == "as" || previous.last == "on" {
      return ShellCompletion(stem: stem, candidates: match(stem, corpus.scheme.qualifiedLabels + corpus.scheme.layerNames))
    }
    if previous.last == "--doc" { return ShellCompletion(stem: stem, candidates: match(stem, documentIDs)) }
    if previous.last == "--layer" { return ShellCompletion(stem: stem, candidates: match(stem, corpus.scheme.layerNames)) }
    if previous.last == "--label" { return ShellCompletion(stem: stem, candidates: match(stem, corpus.scheme.qualifiedLabels)) }
    if previous.last == "--status" {
      return ShellCompletion(stem: stem, candidates: match(stem, ["accepted", "suggested", "rejected", "all"]))
    }
    let queryWords = corpus.scheme.qualifiedLabels + corpus.scheme.layerNames + [
      "within", "contains", "overlaps", "before", "after", "near", "and", "or", "not", "sentence", "document", "in",
    ]
    if command == "count", previous.last == "by" {
      let attributes = Set(corpus.scheme.layers.flatMap { $0.attributes.map(\.name) })
      return ShellCompletion(stem: stem, candidates: match(stem, ["label", "text", "lowercase", "doc", "status", "annotator"] + attributes.sorted()))
    }
    if previous.count == 1, ["annotate", "remove", "relabel", "accept", "reject"].contains(command) {
      return ShellCompletion(stem: stem, candidates: match(stem, documentIDs + ["query"]))
    }
    if ["query", "count", "let", "explain"].contains(command) || previous.dropFirst().first == "query" {
      return ShellCompletion(stem: stem, candidates: match(stem, queryWords + ["as", "by", "--dry-run", "--limit", "--sort", "--width", "--all"]))
    }
    switch command {
    case "help":
      return ShellCompletion(stem: stem, candidates: match(stem, ShellCommandInfo.all.map(\.name)))
    case "show", "tokens", "sentences", "annotate", "remove", "relabel", "accept", "reject", "log", "restore":
      if previous.count == 1 { return ShellCompletion(stem: stem, candidates: match(stem, documentIDs)) }
      if command == "show" { return ShellCompletion(stem: stem, candidates: match(stem, corpus.scheme.layerNames)) }
      if command == "annotate", previous.contains("as"), let label = previous.last(where: { $0.contains(":") }) {
        // After the label: attributes of its layer, and all/#N.
        let layer = String(label.split(separator: ":").first ?? "")
        let attributes = corpus.scheme.layer(named: layer)?.attributes.map { "\($0.name)=" } ?? []
        return ShellCompletion(stem: stem, candidates: match(stem, attributes + ["all"]))
      }
      return ShellCompletion(stem: stem, candidates: match(stem, ["as", "all", "on"]))
    case "tag", "review":
      if previous.count == 1 { return ShellCompletion(stem: stem, candidates: match(stem, documentIDs)) }
      if command == "review" && previous.count > 2 { return .none }
      let layers = command == "tag" ? StandardTaggers.layers.filter { !previous.contains($0) } : corpus.scheme.layerNames
      return ShellCompletion(stem: stem, candidates: match(stem, layers))
    case "export":
      if previous.count == 1 { return ShellCompletion(stem: stem, candidates: match(stem, ExportFormat.allCases.map(\.rawValue))) }
      return ShellCompletion(stem: stem, candidates: match(stem, ["-o", "--doc", "--layer", "--label", "--status"]))
    case "import":
      if previous.count == 1 { return ShellCompletion(stem: stem, candidates: match(stem, ImportFormat.allCases.map(\.rawValue))) }
      if previous.count == 2 { return pathCompletions(stem) }
      return ShellCompletion(stem: stem, candidates: match(stem, ["--layer", "--dry-run"]))
    case "set":
      if previous.count == 1 {
        return ShellCompletion(stem: stem, candidates: match(stem, ["annotator", "context", "color", "format", "message", "timeout"]))
      }
      switch previous[1] {
      case "color": return ShellCompletion(stem: stem, candidates: match(stem, ["on", "off"]))
      case "format": return ShellCompletion(stem: stem, candidates: match(stem, ["table", "json", "csv"]))
      default: return .none
      }
    default:
      return .none
    }
  }

  private func match(_ stem: String, _ candidates: [String]) -> [String] {
    candidates.filter { $0.hasPrefix(stem) }
  }

  /// File names in the folder the stem names (folders get a trailing `/`).
  private func pathCompletions(_ stem: String) -> ShellCompletion {
    let folder: String
    let prefix: String
    if let slash = stem.lastIndex(of: "/") {
      folder = String(stem[...slash])
      prefix = String(stem[stem.index(after: slash)...])
    } else {
      folder = ""
      prefix = stem
    }
    let names = (try? FileSystem.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
    let candidates = names.filter { $0.hasPrefix(prefix) && (!$0.hasPrefix(".") || prefix.hasPrefix(".")) }.map { name in
      folder + name + (FileSystem.isDirectory(atPath: folder + name) ? "/" : "")
    }
    return ShellCompletion(stem: stem, candidates: candidates)
  }
}
