import GlossCore
import GlossFormats
import GlossTaggers
import LineEditing

#if canImport(Glibc)
  import Glibc
#endif

/// Tab completion for the shell language: command names, document ids,
/// layers and `layer:LABEL`s, attribute names, option values, and file paths
/// after `-o`.
struct ShellCompleter: Sendable {
  /// The corpus whose names are offered.
  let corpus: Corpus

  /// The completions for the text before the cursor.
  func completions(_ lineBeforeCursor: String) -> Completions {
    let words = lineBeforeCursor.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    let endsWithSpace = lineBeforeCursor.last == " " || lineBeforeCursor.isEmpty
    let stem = endsWithSpace ? "" : (words.last ?? "")
    let previous = endsWithSpace ? words : Array(words.dropLast())
    guard let command = previous.first else {
      return Completions(stem: stem, candidates: match(stem, ShellCommandInfo.all.map(\.name) + ["exit"]))
    }
    let documentIDs = corpus.documents.map(\.id)
    if previous.last == "-o" || previous.last == "--output" { return pathCompletions(stem) }
    if previous.last == "as" || previous.last == "on" {
      return Completions(stem: stem, candidates: match(stem, corpus.scheme.qualifiedLabels + corpus.scheme.layerNames))
    }
    if previous.last == "--doc" { return Completions(stem: stem, candidates: match(stem, documentIDs)) }
    if previous.last == "--layer" { return Completions(stem: stem, candidates: match(stem, corpus.scheme.layerNames)) }
    if previous.last == "--label" { return Completions(stem: stem, candidates: match(stem, corpus.scheme.qualifiedLabels)) }
    if previous.last == "--status" {
      return Completions(stem: stem, candidates: match(stem, ["accepted", "suggested", "rejected", "all"]))
    }
    let queryWords = corpus.scheme.qualifiedLabels + corpus.scheme.layerNames + [
      "within", "contains", "overlaps", "before", "after", "near", "and", "or", "not", "sentence", "document", "in",
    ]
    if command == "count", previous.last == "by" {
      let attributes = Set(corpus.scheme.layers.flatMap { $0.attributes.map(\.name) })
      return Completions(stem: stem, candidates: match(stem, ["label", "text", "lowercase", "doc", "status", "annotator"] + attributes.sorted()))
    }
    if previous.count == 1, ["annotate", "remove", "relabel", "accept", "reject"].contains(command) {
      return Completions(stem: stem, candidates: match(stem, documentIDs + ["query"]))
    }
    if ["query", "count", "let", "explain"].contains(command) || previous.dropFirst().first == "query" {
      return Completions(stem: stem, candidates: match(stem, queryWords + ["as", "by", "--dry-run", "--limit", "--sort", "--width", "--all"]))
    }
    switch command {
    case "help":
      return Completions(stem: stem, candidates: match(stem, ShellCommandInfo.all.map(\.name)))
    case "show", "tokens", "sentences", "annotate", "remove", "relabel", "accept", "reject", "log", "restore":
      if previous.count == 1 { return Completions(stem: stem, candidates: match(stem, documentIDs)) }
      if command == "show" { return Completions(stem: stem, candidates: match(stem, corpus.scheme.layerNames)) }
      if command == "annotate", previous.contains("as"), let label = previous.last(where: { $0.contains(":") }) {
        // After the label: attributes of its layer, and all/#N.
        let layer = String(label.split(separator: ":").first ?? "")
        let attributes = corpus.scheme.layer(named: layer)?.attributes.map { "\($0.name)=" } ?? []
        return Completions(stem: stem, candidates: match(stem, attributes + ["all"]))
      }
      return Completions(stem: stem, candidates: match(stem, ["as", "all", "on"]))
    case "tag", "review":
      if previous.count == 1 { return Completions(stem: stem, candidates: match(stem, documentIDs)) }
      if command == "review" && previous.count > 2 { return .none }
      let layers = command == "tag" ? StandardTaggers.layers.filter { !previous.contains($0) } : corpus.scheme.layerNames
      return Completions(stem: stem, candidates: match(stem, layers))
    case "export":
      if previous.count == 1 { return Completions(stem: stem, candidates: match(stem, ExportRunner.Format.allCases.map(\.rawValue))) }
      return Completions(stem: stem, candidates: match(stem, ["-o", "--doc", "--layer", "--label", "--status"]))
    case "import":
      if previous.count == 1 { return Completions(stem: stem, candidates: match(stem, ImportFormat.allCases.map(\.rawValue))) }
      if previous.count == 2 { return pathCompletions(stem) }
      return Completions(stem: stem, candidates: match(stem, ["--layer", "--dry-run"]))
    case "set":
      if previous.count == 1 {
        return Completions(stem: stem, candidates: match(stem, ["annotator", "context", "color", "format", "message", "timeout"]))
      }
      switch previous[1] {
      case "color": return Completions(stem: stem, candidates: match(stem, ["on", "off"]))
      case "format": return Completions(stem: stem, candidates: match(stem, ["table", "json", "csv"]))
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
  private func pathCompletions(_ stem: String) -> Completions {
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
    return Completions(stem: stem, candidates: candidates)
  }
}
