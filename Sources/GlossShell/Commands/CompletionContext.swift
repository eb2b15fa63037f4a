import GlossCore

/// What a command's completion knows: the corpus, the words before the one
/// being typed, and that partial word.
public struct CompletionContext: Sendable {
  /// The corpus whose names are offered.
  public let corpus: Corpus
  /// The whole words before the cursor, the command's name first.
  public let previous: [String]
  /// The partial word being completed.
  public let stem: String

  /// The words after the command's name.
  public var arguments: ArraySlice<String> { previous.dropFirst() }

  /// The candidates that start with the stem.
  public func offer(_ candidates: [String]) -> ShellCompletion {
    ShellCompletion(stem: stem, candidates: candidates.filter { $0.hasPrefix(stem) })
  }

  /// The corpus's document ids.
  public var documentIDs: [String] { corpus.documents.map(\.id) }

  /// The words a query may hold: labels, layers, operators and units.
  public var queryWords: [String] {
    corpus.scheme.qualifiedLabels + corpus.scheme.layerNames + [
      "within", "contains", "overlaps", "before", "after", "near", "and", "or", "not", "sentence", "document", "in",
    ]
  }

  /// File names in the folder the stem names (folders get a trailing `/`).
  public func paths() -> ShellCompletion {
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
    let candidates = names.filter { $0.hasPrefix(prefix) && (!$0.hasPrefix(".") || prefix.hasPrefix(".")) }.map {
      name in
      folder + name + (FileSystem.isDirectory(atPath: folder + name) ? "/" : "")
    }
    return ShellCompletion(stem: stem, candidates: candidates)
  }
}
